"""The counter-notice model: what the seller sent (the input) and the assessment (the result).

A :class:`CounterNotice` holds the complaint it answers (platform, IPR type, brand, date), the
purchase documents and authorisation letters the seller attached, and what the filer knows of
the seller (:class:`SellerFacts`): figures the profile shows, stated directly, or dated
violations the rule book can count. Every quality is optional: a quality that a rule needs and
the notice does not state gives an ``unknown`` finding naming the fact to add, never a guess.

>>> p = Purchase(id="INV-1", kind="invoice", date=date(2024, 3, 1), quantity=25)
>>> p.kind, p.signed_by
(<PurchaseKind.INVOICE: 'invoice'>, None)
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

import attrs

from ipprules._args import optional_of, plain_optional_int, plain_optional_str, plain_str
from ipprules._convert import SCHEMA_RANGE
from ipprules._dates import date_field, optional_date_field, rulebook_keys
from ipprules._shipped import shipped_text
from ipprules._table import shown_html
from ipprules._typed import ReadOnlyDict, check_types, read_only
from ipprules._vocab import NamedEnum
from ipprules.checks.findings import Finding, FindingSeverity, read_catalogue
from ipprules.errors import IpprulesError, shown_value
from ipprules.rulebook.model import WEAK_CONFIDENCES, Answer

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    from ipprules.penalties import PenaltyStanding

__all__ = [
    "Assessment",
    "Authorisation",
    "CounterNotice",
    "Party",
    "Purchase",
    "PurchaseKind",
    "SellerFacts",
    "SellerViolation",
]

#: The largest count a counter-notice file may give (a purchase's quantity, from 1; points,
#: from 0): the reader refuses more, and the JSON Schema says so.
MOST_COUNT = 999_999_999


class PurchaseKind(NamedEnum):
    """The purchase documents R63 names.

    >>> from ipprules.counternotice import PurchaseKind
    >>> PurchaseKind("contract")
    <PurchaseKind.CONTRACT: 'contract'>
    >>> [m.value for m in PurchaseKind]
    ['contract', 'invoice', 'purchase_order', 'receipt']
    """

    CONTRACT = "contract"
    INVOICE = "invoice"
    PURCHASE_ORDER = "purchase_order"
    RECEIPT = "receipt"


class Party(NamedEnum):
    """A party to a purchase.

    >>> from ipprules.counternotice import Party
    >>> Party("buyer")
    <Party.BUYER: 'buyer'>
    >>> [m.value for m in Party]
    ['buyer', 'seller']
    """

    BUYER = "buyer"
    SELLER = "seller"


@functools.cache
def _codes() -> tuple[str, ...]:
    """Every counter-notice finding code (``findings.json``): an assessment frame's ``code``
    categories."""
    return tuple(read_catalogue(shipped_text(__name__, "findings.json")))


def _purchase_kind(value: PurchaseKind | str) -> PurchaseKind:
    if not isinstance(value, str):  # a wrong Python type, not an unknown name
        raise TypeError(f"kind must be a PurchaseKind or a str, got {type(value).__name__}")
    try:
        return PurchaseKind(value)
    except ValueError:
        known = ", ".join(k.value for k in PurchaseKind)
        raise IpprulesError(
            f"unknown purchase document {shown_value(value)}; known: {known}"
        ) from None


def _parties(value: Iterable[Party | str] | None) -> tuple[Party, ...] | None:
    if value is None:
        return None
    if isinstance(value, str | bytes) or not isinstance(value, Iterable):  # "buyer", 3
        raise TypeError(
            f"signed_by must be a sequence of parties (buyer, seller), got {type(value).__name__}"
        )
    value = list(value)
    for index, item in enumerate(value):
        if not isinstance(item, str):
            raise TypeError(f"signed_by[{index}] must be a str, got {type(item).__name__}")
    try:
        return tuple(Party(x) for x in value)
    except ValueError:
        raise IpprulesError(f"signed_by holds buyer or seller, got {list(value)!r}") from None


def _date(value: date | str) -> date:
    return date_field(value, "date")


_Day = date  # a seller violation's field is named ``date``


def _accepted(value: date | str | None) -> date | None:
    return optional_date_field(value, "counter_notice_accepted")


def _valid_from(value: date | str | None) -> date | None:
    return optional_date_field(value, "valid_from")


def _valid_until(value: date | str | None) -> date | None:
    return optional_date_field(value, "valid_until")


def _filed_on(value: date | str | None) -> date | None:
    return optional_date_field(value, "filed_on")


def _complaint_date(value: date | str) -> date:
    return date_field(value, "complaint_date")


def _text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A validator: a ``str`` (a field no record may leave out), else a TypeError naming it
    (``platform=3`` was compared as a name; ``id=3`` shown in a finding)."""
    if not isinstance(value, str):
        raise TypeError(f"{attribute.name} must be a str, got {type(value).__name__}")


def _items(kind: type) -> Any:
    """A validator: a tuple or list of ``kind`` (``None`` where the field allows it), else a
    TypeError naming the field and, for an item, its index (``purchases=["x"]``)."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and attribute.default is None:
            return
        from ipprules._args import require_instance

        if not isinstance(value, tuple | list):
            raise TypeError(f"{attribute.name} must be a tuple, got {type(value).__name__}")
        for index, item in enumerate(value):
            require_instance(item, kind, f"{attribute.name}[{index}]")

    return check


@attrs.frozen(kw_only=True)
class Purchase:
    """A purchase document: its date, the pieces bought, who signed or sealed it (R63).

    ``signed_by`` lists the parties that signed or sealed it (``None``: not stated);
    ``product_matches`` whether its product details match the complained product.

    >>> from datetime import date
    >>> from ipprules.counternotice import CounterNotice, Purchase, assess_counter_notice
    >>> invoice = Purchase(id="INV-1", kind="invoice", date="2024-02-20", quantity=12,
    ...                    signed_by=["buyer", "seller"], product_matches=True)
    >>> invoice.kind, invoice.signed_by
    (<PurchaseKind.INVOICE: 'invoice'>, (<Party.BUYER: 'buyer'>, <Party.SELLER: 'seller'>))
    >>> notice = CounterNotice(platform="alibaba_com", complaint_date=date(2024, 6, 10),
    ...                        purchases=(invoice,))
    >>> assess_counter_notice(notice).codes  # R63: more than 20 pieces
    ('cn-channel', 'cn-purchase-quantity-low')
    """

    id: str = attrs.field(converter=plain_str, validator=_text)
    kind: PurchaseKind = attrs.field(converter=_purchase_kind)
    date: date = attrs.field(converter=_date)
    quantity: int | None = attrs.field(
        default=None,
        converter=plain_optional_int,
        validator=optional_of(int),
        metadata={SCHEMA_RANGE: (1, MOST_COUNT)},
    )
    signed_by: tuple[Party, ...] | None = attrs.field(default=None, converter=_parties)
    product_matches: bool | None = attrs.field(default=None, validator=optional_of(bool))


@attrs.frozen(kw_only=True)
class Authorisation:
    """An authorisation letter the seller relies on (R63).

    ``by_owner``: sealed or signed by the trademark owner; ``brand``: the brand it names;
    ``valid_from`` / ``valid_until``: its period (a missing bound is open; both missing: the
    period is not stated).

    >>> from datetime import date
    >>> from ipprules.counternotice import Authorisation, CounterNotice, assess_counter_notice
    >>> letter = Authorisation(id="LOA-7", by_owner=True, brand="Acme",
    ...                        valid_from="2023-01-01", valid_until="2024-05-31")
    >>> notice = CounterNotice(platform="alibaba_com", complaint_date=date(2024, 6, 10),
    ...                        brand="Acme", authorisations=(letter,))
    >>> "cn-authorisation-not-valid" in assess_counter_notice(notice).codes  # expired
    True
    """

    id: str = attrs.field(converter=plain_str, validator=_text)
    by_owner: bool | None = attrs.field(default=None, validator=optional_of(bool))
    brand: str | None = attrs.field(
        default=None, converter=plain_optional_str, validator=optional_of(str)
    )
    valid_from: date | None = attrs.field(default=None, converter=_valid_from)
    valid_until: date | None = attrs.field(default=None, converter=_valid_until)


@attrs.frozen(kw_only=True)
class SellerViolation:
    """An established violation of the seller, for the rule book to count (R64).

    >>> from ipprules.counternotice import SellerFacts, SellerViolation
    >>> facts = SellerFacts(violations=(
    ...     SellerViolation(date="2024-03-01", kind="general", points=12),))
    >>> facts.violations[0].date, facts.points is None
    (datetime.date(2024, 3, 1), True)
    """

    date: date = attrs.field(converter=_date)
    kind: str = attrs.field(converter=plain_str, validator=_text)
    points: int | None = attrs.field(
        default=None,
        converter=plain_optional_int,
        validator=optional_of(int),
        metadata={SCHEMA_RANGE: (0, MOST_COUNT)},
    )
    right: str | None = attrs.field(
        default=None, converter=plain_optional_str, validator=optional_of(str)
    )
    id: str | None = attrs.field(
        default=None, converter=plain_optional_str, validator=optional_of(str)
    )
    #: The day a counter-notice against it was accepted: on 1688 its points and counts are
    #: restored from that day (R64), as in :class:`ipprules.penalties.Violation`.
    counter_notice_accepted: _Day | None = attrs.field(default=None, converter=_accepted)


@attrs.frozen(kw_only=True)
class SellerFacts:
    """What the filer knows of the seller.

    Figures the seller's profile shows can be stated directly (``points``, ``closed``,
    ``at_serious_closure_count``); ``violations`` are counted by the penalty rules instead
    (:func:`ipprules.penalties.penalty_standing`). A stated figure wins over a counted one.

    >>> from datetime import date
    >>> from ipprules.counternotice import CounterNotice, SellerFacts, assess_counter_notice
    >>> barred = SellerFacts(points=60, closed=False, at_serious_closure_count=False)
    >>> notice = CounterNotice(platform="1688", complaint_date=date(2024, 6, 10), seller=barred)
    >>> "cn-seller-barred-points" in assess_counter_notice(notice).codes  # R64: 60 points
    True
    """

    points: int | None = attrs.field(
        default=None,
        converter=plain_optional_int,
        validator=optional_of(int),
        metadata={SCHEMA_RANGE: (0, MOST_COUNT)},
    )
    closed: bool | None = attrs.field(default=None, validator=optional_of(bool))
    at_serious_closure_count: bool | None = attrs.field(default=None, validator=optional_of(bool))
    violations: tuple[SellerViolation, ...] | None = attrs.field(
        default=None, validator=_items(SellerViolation)
    )


def _facts(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    from ipprules._args import require_instance

    require_instance(value, SellerFacts, "seller")


@attrs.frozen(kw_only=True)
class CounterNotice:
    """A seller's counter-notice and its evidence, as the filer received it.

    ``complaint_date`` is the date of the complaint it answers; ``filed_on`` the date the
    counter-notice was filed (default: the complaint date), the date the seller's standing is
    taken on (R64).

    >>> from ipprules.counternotice import CounterNotice
    >>> notice = CounterNotice(platform="alibaba_com", complaint_date="2024-06-10")
    >>> notice.complaint_date, notice.ipr_type, notice.purchases
    (datetime.date(2024, 6, 10), 'trademark', ())
    """

    platform: str = attrs.field(converter=plain_str, validator=_text)
    complaint_date: date = attrs.field(converter=_complaint_date)
    ipr_type: str = attrs.field(default="trademark", converter=plain_str, validator=_text)
    brand: str | None = attrs.field(
        default=None, converter=plain_optional_str, validator=optional_of(str)
    )
    filed_on: date | None = attrs.field(default=None, converter=_filed_on)
    purchases: tuple[Purchase, ...] = attrs.field(default=(), validator=_items(Purchase))
    authorisations: tuple[Authorisation, ...] = attrs.field(
        default=(), validator=_items(Authorisation)
    )
    seller: SellerFacts = attrs.field(factory=SellerFacts, validator=_facts)


def document_problems(notice: CounterNotice) -> Iterator[tuple[str, str]]:
    """``(path, message)`` for each purchase or authorisation equal, field for field, to an
    earlier one of its list with the same id: one document listed twice would be counted twice
    (its pieces toward R63's more than 20). Two documents that share a number and differ in
    any field (two suppliers' invoices ``0001``, a renewed letter that kept its number) are
    two documents. Blank ids are not compared. And for each authorisation whose
    ``valid_until`` comes before its ``valid_from`` (a period of no day, as a calendar file's
    is refused).

    >>> invoice = Purchase(id="INV-1", kind="invoice", date="2024-02-20", quantity=12)
    >>> notice = CounterNotice(platform="alibaba_com", complaint_date="2024-06-10",
    ...                        purchases=(invoice, invoice))
    >>> list(document_problems(notice))
    [('$.purchases[1].id', "id 'INV-1' repeats $.purchases[0] field for field: one document \
listed twice")]
    >>> other = Purchase(id="INV-1", kind="invoice", date="2024-03-02", quantity=12)
    >>> list(document_problems(attrs.evolve(notice, purchases=(invoice, other))))
    []
    """
    for key in ("purchases", "authorisations"):
        first: dict[str, list[tuple[int, object]]] = {}
        for index, item in enumerate(getattr(notice, key)):
            given = getattr(item, "id", None)
            if not isinstance(given, str) or not given.strip():
                continue
            same = first.setdefault(given, [])
            earlier = next((at for at, seen in same if seen == item), None)
            if earlier is not None:
                yield (
                    f"$.{key}[{index}].id",
                    f"id {given!r} repeats $.{key}[{earlier}] field for field: one document "
                    "listed twice",
                )
            else:
                same.append((index, item))
    for index, letter in enumerate(notice.authorisations):
        start, end = letter.valid_from, letter.valid_until
        if start is not None and end is not None and end < start:
            yield (
                f"$.authorisations[{index}].valid_until",
                f"valid_until {end} is before valid_from {start}",
            )


#: The columns of :meth:`Assessment.to_records` and :meth:`Assessment.to_frame`.
_RECORD_COLUMNS = (
    "code",
    "severity",
    "path",
    "message",
    "rule_ids",
    "sources",
    "other_readings",
    "interpretation",
    "rulebook",
    "confidence",
    "confidence_mark",
)


def _hint_names() -> dict[str, object]:
    """The names :class:`Assessment`'s hints use that are imported only for type checking."""
    from ipprules.penalties import PenaltyStanding

    return {"PenaltyStanding": PenaltyStanding}


@attrs.frozen(repr=False)
class Assessment:
    """Whether a counter-notice meets the rules of its platform: findings, not a boolean.

    ``sufficient`` is ``no`` when a finding is an error (the filer can reject the counter-notice
    citing that rule), ``unknown`` when a fact is missing or the rule book has a gap, else
    ``yes``. ``standing`` is the seller's penalty standing when it was counted from violations.

    >>> import ipprules
    >>> from ipprules.counternotice import read_counter_notice
    >>> notice = read_counter_notice("examples/counter-notice-alibaba.toml")
    >>> ipprules.assess_counter_notice(notice)
    <Assessment alibaba_com counter-notice: sufficient no, 5 finding(s)>
    """

    def __attrs_post_init__(self) -> None:
        check_types(self, _hint_names)  # a wrong type is a TypeError naming the field

    notice: CounterNotice
    findings: tuple[Finding, ...]
    rulebook: str
    interpretation: str
    standing: PenaltyStanding | None = None
    notes: tuple[str, ...] = ()
    """Notes on the platform it was assessed for: B1's note where the file's platform is a
    marketplace filed as another (Xianyu as Taobao; ``ipprules counter-notice`` sets it)."""
    # read-only: the assessment hashes by its items (a change moved it in a set or dict)
    other_readings: Mapping[str, tuple[str, ...]] = attrs.field(
        factory=ReadOnlyDict, converter=read_only
    )
    """The readings that answer the platform otherwise, keyed ``marketplace NAME`` (B1:
    ``{"marketplace xianyu": ("official",)}``), beside ``notes``."""
    rulebook_version: str | None = None
    """The version of the rule book that answered (:attr:`RuleBook.version
    <ipprules.rulebook.RuleBook.version>`); ``to_dict()`` gives it, and the date it names as
    ``rulebook_date``."""

    def __hash__(self) -> int:
        """By value, as assessments compare (``other_readings`` is a mapping: by its items),
        so an assessment is a dict key as every other result is."""
        return hash(
            (
                self.notice,
                self.findings,
                self.rulebook,
                self.interpretation,
                self.standing,
                self.notes,
                frozenset(self.other_readings.items()),
            )
        )

    @property
    def sufficient(self) -> Answer:
        """Whether the counter-notice meets every rule that applies: yes, no, or unknown."""
        severities = {f.severity for f in self.findings}
        if FindingSeverity.ERROR in severities:
            return Answer.NO
        if FindingSeverity.UNKNOWN in severities:
            return Answer.UNKNOWN
        return Answer.YES

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The findings a rejection of the counter-notice can cite."""
        return tuple(f for f in self.findings if f.severity is FindingSeverity.ERROR)

    @property
    def codes(self) -> tuple[str, ...]:
        """The distinct codes found, sorted."""
        return tuple(sorted({f.code for f in self.findings}))

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (what ``ipprules counter-notice --format json`` prints, key
        for key: ``notes`` and ``other_readings`` included).

        >>> import ipprules
        >>> from ipprules.counternotice import read_counter_notice
        >>> notice = read_counter_notice("examples/counter-notice-alibaba.toml")
        >>> data = ipprules.assess_counter_notice(notice).to_dict()
        >>> data["sufficient"], data["rulebook"], data["findings"][0]["code"]
        ('no', 'ipprules embedded rule book 2026.11.23', 'cn-authorisation-not-valid')
        """
        n = self.notice
        return {
            "platform": n.platform,
            "ipr_type": n.ipr_type,
            "complaint_date": n.complaint_date.isoformat(),
            "filed_on": (n.filed_on or n.complaint_date).isoformat(),
            "sufficient": self.sufficient.value,
            "rulebook": self.rulebook,
            **rulebook_keys(self.rulebook_version),
            "interpretation": self.interpretation,
            "findings": [f.as_dict() for f in self.findings],
            "standing": self.standing.to_dict() if self.standing else None,
            "notes": list(self.notes),
            "other_readings": {k: list(v) for k, v in self.other_readings.items()},
        }

    #: The same as :meth:`to_dict` (``as_dict()`` is what the checks' and coverage's
    #: results call it; both names work on every result).
    as_dict = to_dict

    def to_records(self) -> list[dict[str, Any]]:
        """One plain record per finding (lists as lists).

        >>> import ipprules
        >>> from ipprules.counternotice import read_counter_notice
        >>> notice = read_counter_notice("examples/counter-notice-alibaba.toml")
        >>> first = ipprules.assess_counter_notice(notice).to_records()[0]
        >>> first["code"], first["path"], first["rule_ids"]
        ('cn-authorisation-not-valid', '$.authorisations[0].valid_until', ['R63'])
        """
        out = []
        for f in self.findings:
            record = f.as_dict()
            sure = (record.pop("confidence"), record.pop("confidence_mark"))
            record.update(interpretation=self.interpretation, rulebook=self.rulebook)
            # the mark the message ends with, as data: last, as in the frame
            record["confidence"], record["confidence_mark"] = sure
            out.append(record)
        return out

    def to_frame(self) -> pandas.DataFrame:
        """The findings as a pandas DataFrame (needs the ``pandas`` extra)."""
        from ipprules._frames import to_frame
        from ipprules.rulebook.categories import interpretations

        return to_frame(
            self.to_records(),
            categories={
                "code": _codes(),
                "severity": FindingSeverity,
                "interpretation": interpretations(),
                "confidence": WEAK_CONFIDENCES,
            },
            lists=("rule_ids", "sources", "other_readings"),
            texts=("path", "message", "rulebook", "confidence_mark"),
            columns=_RECORD_COLUMNS,
        )

    def text(self) -> str:
        """The text ``ipprules counter-notice`` prints for this assessment (``str()`` and
        ``print()`` give it too; ``repr()`` stays one line)."""
        from ipprules.counternotice.text import assessment_text

        return assessment_text(self)

    def __str__(self) -> str:
        return self.text()

    def __repr__(self) -> str:
        return (
            f"<Assessment {self.notice.platform} counter-notice: sufficient "
            f"{self.sufficient.value}, {len(self.findings)} finding(s)>"
        )

    def _repr_html_(self) -> str:
        rows = "".join(
            "<tr>"
            + "".join(
                f"<td>{shown_html(x)}</td>"
                for x in (f.severity.value, f.code, f.path, f.message, ", ".join(f.rule_ids))
            )
            + "</tr>"
            for f in self.findings
        )
        from ipprules._table import reading_label

        reading = reading_label(self.rulebook, self.interpretation)  # as the text's heading
        title = shown_html(
            f"Counter-notice on {self.notice.platform} ({reading}): "
            f"sufficient {self.sufficient.value}"
        )
        head = "".join(f"<th>{h}</th>" for h in ("severity", "code", "path", "message", "rules"))
        from ipprules.counternotice.text import points_line

        said = points_line(self)  # as the text's last line
        points = f"<p>{shown_html(said)}</p>" if said else ""
        return f"<div><strong>{title}</strong><table><tr>{head}</tr>{rows}</table>{points}</div>"
