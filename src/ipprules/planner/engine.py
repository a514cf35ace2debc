"""The planner: from a pile of listing URLs to complaints ready to file.

Every input line comes out exactly once: **planned** (in which complaint), **duplicate**
(of which line) or **rejected** (with a code and a reason). Planned complaints respect every
limit by construction (one platform, right, reason, target kind and test-purchase order per
complaint; the channel's listing limit; canonical, de-duplicated URLs), and are then run
through the complaint checks: a line the checks fault is rejected with the finding's code, so
every complaint the planner emits checks with zero errors.

How it stays close to the parser's speed: each line is parsed once; everything the admission
of a line depends on besides its identity (the URL form, the line's right, reason, target and
whether it has an order number) is decided once per distinct combination and cached;
identities are remembered per identity prefix, keyed by the id (no key string per line, see
:class:`_Seen`); accepted lines are appended straight to their group; the check of the
planned complaints reads the listings parsed on admission (see :class:`_PlannedListings`);
and the per-line outcome is either kept in input order (the default) or handed to a
``reconcile`` callable at once, so a streamed run keeps nothing per line beyond what the
complaints hold and the identities needed to spot duplicates.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import itertools
import operator
import os
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from fractions import Fraction
from itertools import repeat
from typing import TYPE_CHECKING, Any, NamedTuple, NoReturn

import attrs

from ipprules._args import (
    plain_if_int,
    plain_if_str,
    plain_optional_int,
    refuse_two_threads,
    require_member,
    require_str,
    settings_keywords,
)
from ipprules._dates import rulebook_keys
from ipprules._options import option_said
from ipprules._table import shown_html
from ipprules._typed import ReadOnlyDict, check_types, read_only
from ipprules._vocab import NamedEnum
from ipprules.checks._missing import with_type
from ipprules.checks.complaints import label_hint, storefront_gap
from ipprules.checks.context import Context, Draft, plan_trial, remember_typed
from ipprules.checks.findings import Finding, FindingSeverity, Report
from ipprules.checks.listings import ListingChecker, _verdict
from ipprules.checks.model import ONE_PER_COMPLAINT, ChannelId, Complaint, Plan, Right
from ipprules.checks.rights import claimed_unregistered, extended_to_china, has_place
from ipprules.coverage.engine import cells_on
from ipprules.coverage.model import Cell, CellStatus
from ipprules.errors import InputError, did_you_mean, shown_value
from ipprules.listings import Form, Listing, Rejection, parse_listing
from ipprules.listings.bulk import _series_index
from ipprules.listings.forms import all_forms, form_named
from ipprules.listings.model import (
    NOTED_REGION,
    SHORT_ITEM_ID,
    USUAL_ID_LENGTHS,
    note_varies,
    split_id,
    split_text,
)
from ipprules.listings.parser import _SEVERAL_MARKS as several_marks
from ipprules.listings.parser import _marked_up as marked_up
from ipprules.listings.parser import may_hold_several, other_listings, space_hint
from ipprules.listings.text import LISTED_HOST, LISTED_LINK
from ipprules.planner.inputs import (
    DEFER_POINTERS,
    PlanLine,
    one_per_complaint,
    pointer_of,
    right_meant,
    target_named,
)
from ipprules.rulebook import ResolvedRules, RuleBook, default_rulebook
from ipprules.rulebook.book import as_date, file_reading
from ipprules.rulebook.model import Answer, ReasonCode, Target

if TYPE_CHECKING:  # pragma: no cover
    import pandas

_NOTE = Listing.note.fget  # type: ignore[attr-defined]  # the getter, read once per listing
_IDENTITY = Listing.identity.fget  # type: ignore[attr-defined]
_CANONICAL = Listing.canonical_url.fget  # type: ignore[attr-defined]
_CONFIDENCE_OF = operator.itemgetter(7)
_IS_GIVEN = functools.partial(operator.is_not, None)
_FORM_OF = operator.itemgetter(0)  # of a listing: Listing.form

__all__ = [
    "REJECTION_REASONS",
    "LineOutcome",
    "PlannedComplaint",
    "PlanningResult",
    "Settings",
    "Status",
    "Strategy",
    "plan_listings",
]


class Strategy(NamedEnum):
    """How listings are batched into complaints.

    >>> import ipprules
    >>> from ipprules.planner import Settings, Strategy, plan_listings, read_lines
    >>> plan = ipprules.read_plan("examples/planner-account.toml")
    >>> lines = list(read_lines("examples/planner-urls.csv"))
    >>> protect = Settings(strategy=Strategy.PROTECT)  # confidence 0.6 < 0.7: quarantined
    >>> [c.quarantined for c in plan_listings(lines, plan, settings=protect).complaints]
    [False, False, False, True]
    """

    FEWEST = "fewest"
    """Fill every complaint to the channel's limit, in input order."""
    PROTECT = "protect"
    """Protect the success rate: most confident listings first, low-confidence ones
    quarantined into complaints of their own, smaller first batches for a filer without a
    track record (B18)."""


class Status(NamedEnum):
    """What became of an input line: planned into a complaint, a duplicate of an earlier
    line, or rejected (with a code and a message).

    >>> import ipprules
    >>> from ipprules.planner import plan_listings, read_lines
    >>> plan = ipprules.read_plan("examples/planner-account.toml")
    >>> result = plan_listings(read_lines("examples/planner-urls.csv"), plan)
    >>> result.counts()
    {'planned': 4, 'duplicate': 1, 'rejected': 2}
    >>> [o.line for o in result.outcomes if o.status is Status.DUPLICATE]
    [3]
    """

    PLANNED = "planned"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"


#: Planner rejection codes and what they mean (listing-parser codes come as ``listing:<code>``
#: and complaint-check codes as ``check:<code>``).
REJECTION_REASONS: dict[str, str] = {
    "ambiguous-platform": "the host cannot tell Taobao from Tmall; paste the item's own link",
    "marketplace-not-filable": "the rules in force do not say which platform this marketplace "
    "is filed as",
    "platform-not-in-force": "the platform is not in the rule book on the filing date",
    "already-open": "the listing is already in an open complaint",
    "several-listings": "the line holds the links of more than one listing: put each on a "
    "line of its own",
    "missing-right": "no right given for the line, and the plan has none or more than one",
    "unknown-right": "the right is not in the plan",
    "wrong-kind": "the URL's kind (listing or storefront) does not match the target",
    "storefront-not-allowed": "storefront complaints are not allowed on this platform",
    "missing-reason": "no reason code given for the line",
    "reason-not-admissible": "the reason code does not fit the right's IPR type, the "
    "platform, the target or the account's membership on the filing date",
    "right-place-not-accepted": "the platform does not accept rights registered where this one is",
    "missing-order": "the reason needs a test purchase, and the line has no order number",
    "rules-unknown": "the rules for this line are a documented gap (unknown): it is not "
    "planned on a guess",
}


@functools.cache
def rejection_codes() -> tuple[str, ...]:
    """Every code a rejected line can carry: the planner's own (:data:`REJECTION_REASONS`),
    the listing parser's as ``listing:<code>`` and the complaint check's as ``check:<code>``
    (the categories of :meth:`PlanningResult.to_frame`'s ``code`` column).

    >>> codes = rejection_codes()
    >>> codes[0], "listing:not-a-url" in codes, "check:right-expired" in codes
    ('ambiguous-platform', True, True)
    """
    from ipprules.checks.findings import catalogue
    from ipprules.listings.codes import REJECTION_CODES

    return (
        *REJECTION_REASONS,
        *(f"listing:{code}" for code in REJECTION_CODES),
        *(f"check:{code}" for code in catalogue()),
    )


_TEST_PURCHASE = frozenset({"test_purchase_report", "order_number"})
_TARGETS = {t.value: t for t in Target}
_COMPLAINT_PATH = re.compile(r"^\$\.complaints\[(\d+)\](?:\.listings\[(\d+)\])?")
_RIGHT_PATH = re.compile(r"^\$\.rights\[(\d+)\]")


def _shown(value: Fraction | int) -> str:
    """``value`` as a message shows a number: ``3/2``, not ``Fraction(3, 2)``; a number too long
    for Python to write out as :func:`shown_value` says it."""
    parts = (value.numerator, value.denominator)
    return str(value) if max(p.bit_length() for p in parts) <= 10_000 else shown_value(value)


def _fraction_in_unit(name: str) -> Callable[[Any, Any, Any], None]:
    def check_value(_instance: Any, _attribute: Any, value: Any) -> None:
        if isinstance(value, bool) or not isinstance(value, Fraction | int):
            raise TypeError(f"{name} must be a Fraction from 0 to 1, not {type(value).__name__}")
        if not 0 <= value <= 1:
            raise InputError(
                f"expected a number from 0 to 1, got {_shown(value)}", path=f"$.{name}"
            )

    return check_value


def _plain_ramp(value: tuple[int, ...]) -> tuple[int, ...]:
    """A ramp's int subclasses as their plain values (their own comparisons are never
    called); anything else as given, for :func:`_check_ramp` to judge."""
    if isinstance(value, tuple) and not all(type(size) is int for size in value):
        return tuple(map(plain_if_int, value))
    return value


def _check_ramp(_instance: Any, _attribute: Any, value: Any) -> None:
    if not isinstance(value, tuple):
        raise TypeError(f"ramp must be a tuple of positive integers, not {type(value).__name__}")
    for size in value:
        if isinstance(size, bool) or not isinstance(size, int):
            raise TypeError(f"ramp sizes must be integers, not {type(size).__name__}")
        if size < 1:
            raise InputError(f"ramp sizes must be at least 1, got {size}", path="$.ramp")


def _check_track_record(_instance: Any, _attribute: Any, value: Any) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"track_record must be an integer, not {type(value).__name__}")
    if value < 0:
        raise InputError(
            f"track_record must not be negative, got {shown_value(value)}", path="$.track_record"
        )


def _strategy(value: object) -> Strategy:
    return require_member(value, Strategy, "strategy")


def _channel(value: object) -> ChannelId:
    return require_member(value, ChannelId, "channel")


def _target(value: object) -> Target | None:
    return None if value is None else target_named(value)


def _optional_text(name: str, *, empty: bool = False, split: bool = True) -> Any:
    """A validator: ``None`` or a ``str`` (a non-empty one unless ``empty``), else a TypeError
    (or, for an empty name or a reason code naming several, an InputError) naming
    ``settings.<name>`` when the settings are made, not a rejection of every line or an
    error deep in the planner. A right naming several is refused when
    planning (``split=False``), where the account's rights are known (an id may hold one)."""

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            require_str(value, f"settings.{name}", empty=empty)
        several = one_per_complaint(name, value) if split and name in ONE_PER_COMPLAINT else None
        if several is not None:  # 'a;b': refused as a plan cell naming several is
            raise InputError(several, path=f"settings.{name}")

    return check


@attrs.frozen(kw_only=True)
class Settings:
    """How to plan.

    ``right``, ``reason`` and ``target`` are defaults for lines that do not say (the target
    defaults to the URL's kind; the right to the plan's only right). ``quarantine_below``:
    under ``protect``, listings with a confidence below it go into complaints of their own.
    ``ramp``: under ``protect``, the sizes of a new filer's first complaints per group, and
    of its first quarantined complaints per group (a new filer has filed fewer than
    ``track_record`` complaints; default: the rule book's ``track_record`` limit); a new
    filer's complaints stay below the rule book's ``large_batch`` (the size ``check`` warns
    about, B18). ``assumed_confidence`` is used for lines without one when projecting Good
    Faith effects.

    A target takes the words a file's ``target`` cell takes, the IPP form's among them:

    >>> Settings(target="Store front").target
    <Target.STOREFRONT: 'storefront'>

    Confidences are exact numbers from 0 to 1; anything else is refused at once:

    >>> Settings(quarantine_below=Fraction(3, 2))
    Traceback (most recent call last):
    ...
    ipprules.errors.InputError: $.quarantine_below: expected a number from 0 to 1, got 3/2
    """

    strategy: Strategy = attrs.field(default=Strategy.FEWEST, converter=_strategy)
    channel: ChannelId = attrs.field(default=ChannelId.PORTAL, converter=_channel)
    right: str | None = attrs.field(
        default=None, converter=plain_if_str, validator=_optional_text("right", split=False)
    )
    reason: str | None = attrs.field(
        default=None, converter=plain_if_str, validator=_optional_text("reason")
    )
    target: Target | None = attrs.field(default=None, converter=_target)
    quarantine_below: Fraction = attrs.field(
        default=Fraction(7, 10), validator=_fraction_in_unit("quarantine_below")
    )
    ramp: tuple[int, ...] = attrs.field(default=(50,), converter=_plain_ramp, validator=_check_ramp)
    track_record: int | None = attrs.field(
        default=None, converter=plain_optional_int, validator=_check_track_record
    )
    assumed_confidence: Fraction = attrs.field(
        default=Fraction(19, 20), validator=_fraction_in_unit("assumed_confidence")
    )
    supplement: str | None = attrs.field(
        default=None, converter=plain_if_str, validator=_optional_text("supplement", empty=True)
    )


class LineOutcome(NamedTuple):
    """What became of one input line (a named tuple: cheap to make, one per line).

    >>> import ipprules
    >>> from ipprules.planner import plan_listings, read_lines
    >>> plan = ipprules.read_plan("examples/planner-account.toml")
    >>> result = plan_listings(read_lines("examples/planner-urls.csv"), plan)
    >>> first = result.outcomes[0]
    >>> first.line, first.status.value, first.complaint, first.canonical_url
    (2, 'planned', 'c001', 'https://item.taobao.com/item.htm?id=606832683299')
    >>> refused = next(o for o in result.outcomes if o.status == "rejected")
    >>> refused.line, refused.code
    (5, 'listing:not-a-listing')
    """

    line: int
    url: str
    status: Status
    complaint: str | None = None
    duplicate_of: int | None = None
    code: str | None = None
    message: str | None = None
    canonical_url: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """Plain data (for JSON, CSV and pandas). A named tuple is not checked when made: one
        built by hand whose status is not a :class:`Status` (or its value) is refused here, a
        TypeError or :class:`~ipprules.errors.UnknownNameError`, not an ``AttributeError``."""
        data = self._asdict()
        data["status"] = require_member(self.status, Status, "LineOutcome.status").value
        return data

    def to_dict(self) -> dict[str, Any]:
        """The same as :meth:`as_dict`: ``to_dict()`` is every result's name for it."""
        return self.as_dict()


@attrs.frozen(kw_only=True)
class PlannedComplaint:
    """A complaint the planner made, with the input lines it holds.

    >>> import ipprules
    >>> from ipprules.planner import Settings, plan_listings
    >>> plan = ipprules.read_plan("examples/planner-account.toml")
    >>> result = plan_listings(["https://item.taobao.com/item.htm?id=606832683299"], plan,
    ...                        as_of="2026-11-23", settings=Settings(reason="tm_counterfeit"))
    >>> planned = result.complaints[0]
    >>> planned.complaint.platform, planned.lines, planned.quarantined, planned.confidence
    ('taobao', (1,), False, Fraction(19, 20))
    """

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a wrong type is a TypeError naming the field

    complaint: Complaint
    lines: tuple[int, ...]
    quarantined: bool = False
    confidence: Fraction | None = None
    """The mean confidence of its listings (lines without one count as the assumed value)."""

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: the complaint's fields, its input ``lines``, whether it is
        ``quarantined`` and its ``confidence`` (an exact number as a string, or ``None``).

        >>> import ipprules
        >>> from ipprules.planner import Settings, plan_listings
        >>> plan = ipprules.read_plan("examples/planner-account.toml")
        >>> result = plan_listings(["https://item.taobao.com/item.htm?id=606832683299"], plan,
        ...                        as_of="2026-11-23", settings=Settings(reason="tm_counterfeit"))
        >>> data = result.complaints[0].as_dict()
        >>> data["platform"], data["listings"], data["lines"], data["confidence"]
        ('taobao', ['https://item.taobao.com/item.htm?id=606832683299'], [1], '19/20')
        """
        c = self.complaint
        return {
            "id": c.id,
            "platform": c.platform,
            "right": c.right,
            "reason": c.reason,
            "target": c.target.value,
            "channel": c.channel.value,
            "order_number": c.order_number,
            "listings": list(c.listings),
            "lines": list(self.lines),
            "quarantined": self.quarantined,
            "confidence": None if self.confidence is None else str(self.confidence),
        }

    #: The same as :meth:`as_dict`: ``to_dict()`` is every result's name for it.
    to_dict = as_dict


#: The columns of :meth:`PlanningResult.to_records` (one record per input line).
RECORD_COLUMNS = LineOutcome._fields


@attrs.frozen(kw_only=True, repr=False)
class PlanningResult:
    """The plan, the reconciliation of every input line, and the check report of the plan.

    ``outcomes`` holds every line's outcome in input order, unless the run streamed them to
    a ``reconcile`` callable (``streamed`` is then true and ``outcomes`` empty); the counts
    are kept either way.

    >>> import ipprules
    >>> from ipprules.planner import Settings, plan_listings
    >>> plan = ipprules.read_plan("examples/planner-account.toml")
    >>> url = "https://item.taobao.com/item.htm?id=606832683299"
    >>> result = plan_listings([url, url, "not a url"], plan, as_of="2026-11-23",
    ...                        settings=Settings(reason="tm_counterfeit"))
    >>> result.counts()
    {'planned': 1, 'duplicate': 1, 'rejected': 1}
    >>> result.complaints[0].complaint.listings
    ('https://item.taobao.com/item.htm?id=606832683299',)
    """

    plan: Plan
    complaints: tuple[PlannedComplaint, ...]
    outcomes: tuple[LineOutcome, ...]
    settings: Settings
    as_of: dt.date
    interpretation: str
    rulebook: str
    report: Report
    # the counters are compared, not hashed (mappings): a result hashes by its other fields
    # read-only: a caller changing one changed counts(), text() and what compares equal
    tally: Mapping[str, int] = attrs.field(factory=ReadOnlyDict, converter=read_only, hash=False)
    """Lines per status (see :meth:`counts`)."""
    rejections: Mapping[str, int] = attrs.field(
        factory=ReadOnlyDict, converter=read_only, hash=False
    )
    """Rejected lines per code (see :meth:`rejected_by_code`)."""
    streamed: bool = False
    notes: tuple[str, ...] = ()
    """What the plan's shape depends on that another reading answers otherwise (under
    ``protect``: whether the account is a new filer, B18 with B21's volume read two ways)."""
    book: RuleBook | None = attrs.field(default=None, eq=False, hash=False, repr=False)
    """The rule book given to :func:`plan_listings` (``None``: the embedded one), on which
    :func:`~ipprules.planner.project` and :meth:`text` project the Good Faith standing."""
    rulebook_version: str | None = attrs.field(default=None, kw_only=True)
    """The version of the rule book that answered (:attr:`RuleBook.version
    <ipprules.rulebook.RuleBook.version>`); ``to_dict()`` gives it, and the date it names as
    ``rulebook_date``."""
    index: Any = attrs.field(default=None, eq=False, hash=False, repr=False, kw_only=True)
    """The pandas index of the Series the lines came from (``None`` for any other iterable):
    :meth:`to_frame`'s rows carry its labels, as :meth:`ParseResults.to_frame
    <ipprules.listings.ParseResults.to_frame>`'s do."""

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a wrong type is a TypeError naming the field

    def counts(self) -> dict[str, int]:
        """Lines planned, duplicate and rejected (they add up to the input lines).

        >>> import ipprules
        >>> from ipprules.planner import Settings, plan_listings
        >>> plan = ipprules.read_plan("examples/planner-account.toml")
        >>> url = "https://item.taobao.com/item.htm?id=606832683299"
        >>> result = plan_listings([url, url, "not a url"], plan, as_of="2026-11-23",
        ...                        settings=Settings(reason="tm_counterfeit"))
        >>> result.counts()
        {'planned': 1, 'duplicate': 1, 'rejected': 1}
        >>> sum(result.counts().values()) == len(result.to_records())
        True
        """
        return {s.value: self.tally.get(s.value, 0) for s in Status}

    def rejected_by_code(self) -> dict[str, int]:
        """Rejected lines per rejection code, codes in alphabetical order.

        >>> import ipprules
        >>> from ipprules.planner import Settings, plan_listings
        >>> plan = ipprules.read_plan("examples/planner-account.toml")
        >>> url = "https://item.taobao.com/item.htm?id=606832683299"
        >>> result = plan_listings([url, url, "not a url"], plan, as_of="2026-11-23",
        ...                        settings=Settings(reason="tm_counterfeit"))
        >>> result.rejected_by_code()
        {'listing:not-a-url': 1}
        """
        return dict(sorted(self.rejections.items()))

    def to_records(self) -> list[dict[str, Any]]:
        """One plain record per input line (columns :data:`RECORD_COLUMNS`), in input order.

        Raises :class:`~ipprules.errors.InputError` when the outcomes were streamed to a
        ``reconcile`` callable instead of kept.

        >>> import ipprules
        >>> from ipprules.planner import Settings, plan_listings
        >>> plan = ipprules.read_plan("examples/planner-account.toml")
        >>> url = "https://item.taobao.com/item.htm?id=606832683299"
        >>> result = plan_listings([url, url, "not a url"], plan, as_of="2026-11-23",
        ...                        settings=Settings(reason="tm_counterfeit"))
        >>> [(r["line"], r["status"], r["duplicate_of"]) for r in result.to_records()]
        [(1, 'planned', None), (2, 'duplicate', 1), (3, 'rejected', None)]
        """
        if self.streamed:
            raise InputError(
                "the line outcomes were streamed to the reconcile callable, not kept; "
                "plan without reconcile= to keep them"
            )
        return [o.as_dict() for o in self.outcomes]

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: the date, rule book, reading and strategy, the counts, the
        rejections by code, the complaints (:meth:`PlannedComplaint.as_dict`), the ``lines``
        (:meth:`to_records`; ``None`` when they were streamed to ``reconcile``) and the
        ``check`` report of the plan (:meth:`Report.as_dict`). ``ipprules plan --format json``
        prints these keys (and what only the command knows: the Good Faith projection, the
        CSV columns it ignored, the files it wrote).

        >>> import ipprules
        >>> from ipprules.planner import Settings, plan_listings
        >>> plan = ipprules.read_plan("examples/planner-account.toml")
        >>> result = plan_listings(["https://item.taobao.com/item.htm?id=606832683299",
        ...                         "not a url"], plan, as_of="2026-11-23",
        ...                        settings=Settings(reason="tm_counterfeit"))
        >>> data = result.as_dict()
        >>> data["rulebook"], data["counts"]["planned"], data["rejected_by_code"]
        ('ipprules embedded rule book 2026.11.23', 1, {'listing:not-a-url': 1})
        >>> data["lines"][1]["status"], data["check"]["ok"]
        ('rejected', True)
        """
        return {
            "as_of": self.as_of.isoformat(),
            "rulebook": self.rulebook,
            **rulebook_keys(self.rulebook_version),
            "interpretation": self.interpretation,
            "strategy": self.settings.strategy.value,
            "counts": self.counts(),
            "rejected_by_code": self.rejected_by_code(),
            "complaints": [p.as_dict() for p in self.complaints],
            "lines": None if self.streamed else self.to_records(),
            "check": self.report.as_dict(),
            "notes": list(self.notes),
        }

    #: The same as :meth:`as_dict`: ``to_dict()`` is every result's name for it.
    to_dict = as_dict

    def to_frame(self) -> pandas.DataFrame:
        """:meth:`to_records` as a pandas DataFrame (needs the ``pandas`` extra): the columns
        :data:`RECORD_COLUMNS` (no input line still gives them all), ``status`` and ``code``
        categorical, ``line`` an integer and ``duplicate_of`` a nullable integer column.
        Planned from a pandas Series, the frame keeps the Series' index (its labels, as
        ``df["url"].dropna()`` leaves them), as :func:`~ipprules.listings.parse_listings`'
        frame does, so it joins back to the frame the column came from
        (``df.join(result.to_frame())``); ``line`` stays the place in the input, from 1.

        >>> import ipprules
        >>> from ipprules.planner import Settings, plan_listings
        >>> plan = ipprules.read_plan("examples/planner-account.toml")
        >>> url = "https://item.taobao.com/item.htm?id=606832683299"
        >>> result = plan_listings([url, url, "not a url"], plan, as_of="2026-11-23",
        ...                        settings=Settings(reason="tm_counterfeit"))
        >>> frame = result.to_frame()
        >>> list(frame["status"]), str(frame["duplicate_of"].dtype)
        (['planned', 'duplicate', 'rejected'], 'Int64')
        """
        from ipprules._frames import to_frame

        texts = ("url", "complaint", "message", "canonical_url")  # the same dtype, any lines
        frame = to_frame(
            self.to_records(),
            categories={"status": Status, "code": rejection_codes()},
            texts=texts,
            columns=RECORD_COLUMNS,
        )
        # no line still gives every column, with the dtypes a line gives
        frame = frame.astype({"line": "int64", "duplicate_of": "Int64"})
        if self.index is not None and len(self.index) == len(frame):
            frame.index = self.index
        return frame

    def text(self, *, rulebook: RuleBook | None = None) -> str:
        """The text ``ipprules plan`` prints for this result: its counts, complaints,
        rejected lines, Good Faith projection (from no history) and check (``str()`` and
        ``print()`` give it too; ``repr()`` stays one line). ``project(result, history)``
        projects from an account's history.

        The projection is on ``rulebook``, default :attr:`book`, the book the lines were
        planned on, else the embedded book. Give the book to a result that does not hold it:
        :func:`~ipprules.scale.plan_accounts` sends its results back from the workers without
        it, and on the embedded book a ``--rules`` book's own reason codes are "not in the
        rule book":

        >>> import attrs, ipprules
        >>> from ipprules.planner import Settings, plan_listings
        >>> book = ipprules.load_rulebook("examples/rules-override.toml")
        >>> plan = ipprules.read_plan("examples/planner-account.toml")
        >>> result = plan_listings(["https://item.taobao.com/item.htm?id=606832683299"], plan,
        ...                        settings=Settings(reason="acme_counterfeit"), rulebook=book)
        >>> from_a_worker = attrs.evolve(result, book=None)  # as plan_accounts returns it
        >>> "not in the rule book" in from_a_worker.text()
        True
        >>> from_a_worker.text(rulebook=book) == result.text()
        True
        """
        from ipprules.planner.text import planning_text

        if rulebook is not None and not isinstance(rulebook, RuleBook):
            raise TypeError(f"rulebook must be a RuleBook, got {type(rulebook).__name__}")
        return planning_text(self, rulebook)

    def __str__(self) -> str:
        return self.text()

    def __repr__(self) -> str:
        counts = self.counts()
        return (
            f"<PlanningResult as of {self.as_of}: {sum(counts.values())} line(s), "
            f"{counts['planned']} planned in {len(self.complaints)} complaint(s), "
            f"{counts['duplicate']} duplicate, {counts['rejected']} rejected>"
        )

    def _repr_html_(self) -> str:
        """Notebook rendering: the counts, the complaints, and the rejections by code."""
        e = shown_html
        counts = self.counts()
        head = (
            f"<p><strong>{sum(counts.values()):,} line(s): {counts['planned']:,} planned in "
            f"{len(self.complaints):,} complaint(s), {counts['duplicate']:,} duplicate, "
            f"{counts['rejected']:,} rejected</strong> &mdash; as of {e(self.as_of.isoformat())}"
            f", {e(self.interpretation)} interpretation, strategy "
            f"{e(self.settings.strategy.value)}, {e(self.rulebook)}; check: "
            f"{e(self.report.summary())}</p>"
        )
        shown = self.complaints[:50]
        rows = "".join(
            "<tr>"
            f"<td>{e(p.complaint.id)}</td><td>{e(p.complaint.platform)}</td>"
            f"<td>{e(p.complaint.right)}</td><td>{e(p.complaint.reason)}</td>"
            f"<td>{e(p.complaint.target.value)}</td><td>{len(p.complaint.listings)}</td>"
            f"<td>{'yes' if p.quarantined else 'no'}</td>"
            f"<td>{'' if p.confidence is None else f'{float(p.confidence):.1%}'}</td>"
            "</tr>"
            for p in shown
        )
        more = (
            f"<p>&hellip; and {len(self.complaints) - len(shown):,} more complaint(s)</p>"
            if len(self.complaints) > len(shown)
            else ""
        )
        complaints = (
            "<table><thead><tr><th>complaint</th><th>platform</th><th>right</th>"
            "<th>reason</th><th>target</th><th>listings</th><th>quarantined</th>"
            f"<th>confidence</th></tr></thead><tbody>{rows}</tbody></table>{more}"
            if shown
            else ""
        )
        codes = self.rejected_by_code()
        rejected = (
            "<table><thead><tr><th>rejection code</th><th>lines</th></tr></thead><tbody>"
            + "".join(
                f"<tr><td><code>{e(c)}</code></td><td>{n:,}</td></tr>" for c, n in codes.items()
            )
            + "</tbody></table>"
            if codes
            else ""
        )
        return f"<div>{head}{complaints}{rejected}</div>"


# An accepted line, as kept until its complaint is made: (line number, its listing's id,
# its listing's extra value, position in the input from 1, the listing's canonical URL, the
# input text as given (the listing's source), the name of the listing's form, confidence or
# None). All read while the line is at hand, so that making the outcomes and the check of
# the planned complaints read no listing where they need only these. The listing itself is
# not kept: it is freed in the reading loop, while it is in the caches, not when its
# complaint's entries are let go, by then far out of them (the check rebuilds the few it
# needs from the entry: the form by its name, the id, the extra value and the text). A plain
# tuple: one is made per accepted line; when its complaint is made, the entries are read
# once into columns and freed (see :func:`_complaints`).
_Entry = tuple[int, str, "str | None", int, str, str, str, "Fraction | None"]


class _Route:
    """Where accepted lines of one (platform, right, reason, target) go, by order number."""

    __slots__ = ("groups", "orders", "platform", "reason", "right", "target")

    def __init__(
        self, platform: str, right: Right, reason: ReasonCode, target: Target, orders: bool
    ) -> None:
        self.platform = platform
        self.right = right
        self.reason = reason
        self.target = target
        self.groups: dict[str, list[_Entry]] = {}
        #: whether the reason needs a test purchase (``_Admission.needs_order``), so its
        #: complaints carry an order number (one per complaint); a line's order number on
        #: another reason is left out
        self.orders = orders


class _Group(NamedTuple):
    route: _Route
    order: str
    members: list[_Entry]


@contextlib.contextmanager
def _cyclic_gc_paused(*, promote: bool = False) -> Iterator[None]:
    """Pause the cyclic garbage collector for a bulk run, restoring the caller's setting.

    Planning a million lines allocates millions of small tuples that form no reference
    cycles; the collector would rescan them again and again (about a third of the run time
    at 1,000,000 lines). Reference counting still frees everything as usual; only cycle
    collection waits until the run ends.

    With ``promote`` (a planner run), the objects the run made (the outcomes, complaints and
    entries a kept result holds) are then put straight into the oldest generation, where the
    collector would have moved them after two young collections: the first young collection
    after the run would otherwise scan all of them (about 6% of a run that keeps 200,000
    outcomes). Only the run's objects move: the young generations are collected when the run
    starts (as the collector would have collected them while the run allocated), so
    ``gc.freeze()`` then ``gc.unfreeze()`` at the end moves only what the run made. Skipped
    where the caller froze objects (unfreeze would thaw them) or turned the collector off.
    """
    from ipprules import _gc

    promote = promote and _gc.pausing() and gc.isenabled() and gc.get_freeze_count() == 0
    if promote:
        gc.collect(1)  # the caller's young objects: collected or moved to the oldest generation
    paused = _gc.pause()  # counted across threads: the last run to end puts the setting back
    try:
        yield
    finally:
        _gc.resume(paused, promote=promote)


#: What to do instead of planning lines already read (the same ``read_lines(...)`` twice).
_PLAN_AGAIN = (
    "call read_lines again, or keep the lines with list(read_lines(...)) to plan them more "
    "than once"
)


@settings_keywords("settings", Settings, "from ipprules.planner import Settings")
def plan_listings(
    lines: Iterable[PlanLine | str],
    plan: Plan,
    *,
    as_of: dt.date | str | None = None,
    settings: Settings | None = None,
    rulebook: RuleBook | None = None,
    interpretation: str | None = None,
    open_listings: Iterable[str] = (),
    reconcile: Callable[[LineOutcome], object] | None = None,
) -> PlanningResult:
    """Plan complaints for ``lines`` on behalf of ``plan``'s account and rights.

    ``lines`` is any iterable of :class:`~ipprules.planner.PlanLine` (as
    :func:`~ipprules.planner.read_lines` streams them) or of plain URL strings (a string is
    the line at its 1-based position, with the settings' defaults); line numbers must
    increase. White space around a URL is no part of it: an outcome's ``url`` is the URL
    without it, from a string and a :class:`~ipprules.planner.PlanLine` alike. ``plan``
    gives the account and its rights (its complaints are ignored); ``as_of`` is the filing
    date (default: the plan's ``as_of``) and ``interpretation`` the reading of the rule book
    (default: the plan's, else the book's). ``open_listings`` are URLs already in open
    complaints: lines with the same identity are rejected as ``already-open``.

    ``reconcile``: a callable given each line's outcome as soon as it is decided (rejections
    and duplicates while the lines are read, in input order; planned lines and lines the
    checks fault after verification, in filing order). The result then keeps no per-line
    outcomes (``streamed`` is true): memory grows with the complaints, not with the lines.

    >>> from ipprules.checks import Account, Identity, IprType, Location, Plan, Right
    >>> from ipprules.planner import Settings, plan_listings
    >>> account = Plan(
    ...     account=Account(name="Acme", location=Location.ELSEWHERE,
    ...                     identity=Identity.ENTERPRISE, documents=("business_registration",)),
    ...     rights=(Right(id="tm", ipr_type=IprType.TRADEMARK, place="CN",
    ...                   documents=("trademark_certificate",)),),
    ... )
    >>> urls = ["https://item.taobao.com/item.htm?id=606832683299", "https://example.com/"]
    >>> seen = []
    >>> result = plan_listings(urls, account, as_of="2026-11-23", reconcile=seen.append,
    ...                        settings=Settings(reason="tm_counterfeit"))
    >>> result.counts(), result.streamed, [(o.line, o.status.value) for o in seen]
    ({'planned': 1, 'duplicate': 0, 'rejected': 1}, True, [(2, 'rejected'), (1, 'planned')])
    """
    _check_arguments(lines, plan, settings, rulebook, open_listings, reconcile)
    deferred = DEFER_POINTERS.set(True)  # a row's pointer worked out once its URL is rejected
    try:
        with _cyclic_gc_paused(promote=True):
            result = _plan(
                lines, plan, as_of, settings, rulebook, interpretation, open_listings, reconcile
            )
    except ValueError as error:  # the caller's generator, read by two threads at once
        refuse_two_threads(error, "plan_listings(): lines")
        raise
    finally:
        DEFER_POINTERS.reset(deferred)
    # the book given, for project() and text() (None: the embedded one, nothing to carry)
    if rulebook is not None:
        result = attrs.evolve(result, book=rulebook)
    index = _series_index(lines)  # a Series' labels, for to_frame() (as parse_listings)
    return result if index is None else attrs.evolve(result, index=index)


def _check_arguments(
    lines: object,
    plan: object,
    settings: object,
    rulebook: object,
    open_listings: object,
    reconcile: object,
) -> None:
    """:func:`plan_listings`' arguments of the wrong type refused (``TypeError``), and
    ``lines`` already read to their end (:data:`_PLAN_AGAIN`) or given as a data frame."""
    from ipprules._args import (
        file_hint,
        refuse_frame,
        refuse_used_stream,
        require_instance,
        require_iterable,
    )

    if isinstance(lines, str | os.PathLike):
        raise TypeError(
            f"lines must be an iterable of PlanLine or URL strings, got {type(lines).__name__}"
            + file_hint(lines, "PlanLines")
        )
    refuse_used_stream(lines, "lines", _PLAN_AGAIN)
    refuse_frame(lines, "lines", "PlanLine or URL strings", _FRAME_LINES)
    require_iterable(lines, "lines", "PlanLine or URL strings")
    require_instance(plan, Plan, "plan")
    if rulebook is not None:
        require_instance(rulebook, RuleBook, "rulebook")
    if settings is not None:
        require_instance(settings, Settings, "settings")
    require_iterable(open_listings, "open_listings", "str")
    if reconcile is not None and not callable(reconcile):
        raise TypeError(f"reconcile must be callable, not {type(reconcile).__name__}")


def _one_right(right: str | None, plan: Plan) -> None:
    """Refuse ``settings.right`` naming several rights (R45) unless it is exactly the id of
    one of the plan's rights (the account's own ids may hold ``;``, ``|`` or ``,``)."""
    if right is None or any(r.id == right for r in plan.rights):
        return
    several = one_per_complaint("right", right)
    if several is not None:  # the id meant, where one holds a separator ("tm-cn;2024")
        hint = right_meant(right, [r.id for r in plan.rights])
        raise InputError(f"{several}{hint}", path="settings.right")


def _plan(
    lines: Iterable[PlanLine | str],
    plan: Plan,
    as_of: dt.date | str | None,
    settings: Settings | None,
    rulebook: RuleBook | None,
    interpretation: str | None,
    open_listings: Iterable[str],
    reconcile: Callable[[LineOutcome], object] | None,
) -> PlanningResult:
    chosen = settings or Settings()
    _one_right(chosen.right, plan)
    day = as_date(as_of, "as-of date", name="as_of") if as_of is not None else plan.as_of
    if day is None:
        raise InputError("no filing date: give as_of, or set as_of in the plan", path="$.as_of")
    book = rulebook or default_rulebook()
    trial = plan_trial(plan, book)
    # the plan's own reading: an unknown one is refused at its line ("" too)
    if interpretation is None and plan.interpretation is not None:
        interpretation = file_reading(book, plan.interpretation)
    rules = book.as_of(day, interpretation, trial=trial)
    open_ids = _open_ids(open_listings)
    admission = _Admission(rules, plan, chosen, cells_on(plan, day, book, rules.interpretation))
    others = [name for name in book.interpretations if name != rules.interpretation]
    admission.others = [
        (
            name,
            _Admission(
                book.as_of(day, name, trial=trial), plan, chosen, cells_on(plan, day, book, name)
            ),
        )
        for name in book.interpretations
        if name != rules.interpretation
    ]
    # kept outcomes are in input order: a rejected or duplicate line's outcome is appended as
    # read, an accepted line's place kept[position] held till known (none fills kept[0])
    kept: list[LineOutcome | None] = [None]
    emit = kept.append if reconcile is None else reconcile
    read = _read(lines, admission, open_ids, emit, kept.append if reconcile is None else None)
    complaints, report, faulted = _verify(
        _batch(admission.groups, rules, chosen, plan),  # held only by the complaints made
        plan,
        (day, book, rules.interpretation),
        chosen,
        _placer(kept, reconcile),
        repeats=admission.repeats,
        read=read,
    )
    noted = _noted(complaints, admission.notes) if admission.notes else ()
    planned = _emit_planned(complaints, kept, reconcile, admission.notes)
    rejections = read.rejections
    for code in faulted:
        rejections[code] = rejections.get(code, 0) + faulted[code]
    tally = {
        Status.PLANNED.value: planned,
        Status.DUPLICATE.value: read.duplicates,
        Status.REJECTED.value: sum(rejections.values()),
    }
    final = tuple(c.complaint for c in complaints)
    del kept[0]
    return PlanningResult(
        plan=attrs.evolve(plan, complaints=final, as_of=day, interpretation=rules.interpretation),
        complaints=tuple(c.planned for c in complaints),
        outcomes=tuple(kept),  # type: ignore[arg-type]  # every held place is filled
        settings=chosen,
        as_of=day,
        interpretation=rules.interpretation,
        rulebook=rules.rulebook,
        rulebook_version=rules.rulebook_version,
        report=report,
        tally=tally,
        rejections=rejections,
        streamed=reconcile is not None,
        notes=(
            *_ramp_note(plan, chosen, rules, [book.as_of(day, n, trial=trial) for n in others]),
            *_unknown_notes(report, rules.interpretation),
            *noted,
        ),
    )


def _open_ids(open_listings: Iterable[str]) -> set[str]:
    """The identities of the listings of ``open_listings`` (its texts that hold none skip
    nothing)."""
    open_ids: set[str] = set()
    for url in open_listings:
        if not isinstance(url, str):
            raise TypeError(f"open_listings must hold strings, not {type(url).__name__}")
        parsed = parse_listing(url)
        if type(parsed) is Listing:
            open_ids.add(parsed.identity)
    return open_ids


def _noted(complaints: Sequence[_Made], notes: Mapping[int, str]) -> tuple[str, ...]:
    """The result's note of the planned lines whose outcome carries a message (``notes``, by
    position: see :class:`_Admission`): how many, and the first, since the text output lists
    rejected lines only. Told without a loop over the lines in Python."""
    count, first = 0, None
    for made in complaints:
        positions = made.columns[3]
        found = list(filter(notes.__contains__, positions))
        if found:
            count += len(found)
            earliest = min(found)  # positions, as line numbers, increase along the input
            line = made.columns[0][positions.index(earliest)]
            if first is None or line < first[0]:
                first = (line, notes[earliest])
    if first is None:
        return ()
    return (
        f"{count} planned line(s) carry a message (in reconciliation.csv and --format json); "
        f"the first, line {first[0]}: {first[1]}",
    )


def _unknown_notes(report: Report, interpretation: str) -> tuple[str, ...]:
    """What the planned complaints rest on that the rules in force do not document (a check
    finding ``unknown`` on a complaint: the stand-alone form on Lazada under ``official``,
    B2 and R15): planned, since an unknown is no error, but said, never silent. One note per
    code and message, with how many complaints it concerns."""
    found: dict[tuple[str, str], set[str]] = {}
    for f in report.findings:
        if f.severity is FindingSeverity.UNKNOWN and f.path.startswith("$.complaints["):
            complaint = f.path.split("]", 1)[0]
            found.setdefault((f.code, f.message), set()).add(complaint)
    return tuple(
        f"{len(where)} planned complaint(s) rest on what the rules do not document under "
        f"{interpretation} ({code}): {message}; planned, not refused (an unknown is no error), "
        "but whether it holds is unknown"
        for (code, message), where in found.items()
    )


def _new_filer(plan: Plan, rules: ResolvedRules) -> tuple[bool, int]:
    """Whether the account is a new filer under ``rules`` (fewer complaints filed than the
    rule book's ``track_record``), and that number."""
    found = rules.limits.get("track_record")
    record = found.value if found is not None else 0
    return plan.account.complaints_filed < record, record


def _ramp_note(
    plan: Plan, chosen: Settings, rules: ResolvedRules, others: list[ResolvedRules]
) -> tuple[str, ...]:
    """Under ``protect`` with the rule book's track record: the readings under which the
    account is (or is not) a new filer where this one says otherwise (B18, B21, D1)."""
    if chosen.strategy is not Strategy.PROTECT or chosen.track_record is not None:
        return ()
    new, record = _new_filer(plan, rules)
    differ = [r.interpretation for r in others if _new_filer(plan, r)[0] is not new]
    if not differ:
        return ()
    filed = plan.account.complaints_filed
    shape = (
        "its first complaints ramp up and stay below the large batch"
        if new
        else "its complaints are filled to the channel's limit"
    )
    return (
        f"with {filed} complaint(s) filed the account is {'' if new else 'not '}a new filer "
        f"under {rules.interpretation} (a track record is {record} complaints or more: B18, "
        f"B21), so {shape}; under {', '.join(differ)} it is {'not ' if new else ''}one (D1)",
    )


def _placer(
    kept: list[LineOutcome | None], reconcile: Callable[[LineOutcome], object] | None
) -> Callable[[_Entry, LineOutcome], object]:
    """Where the outcome of an accepted line goes: its held place, or the reconcile callable."""
    if reconcile is not None:
        return lambda _entry, outcome: reconcile(outcome)

    def place(entry: _Entry, outcome: LineOutcome) -> None:
        kept[entry[3]] = outcome

    return place


def _emit_planned(
    complaints: Sequence[_Made],
    kept: list[LineOutcome | None],
    reconcile: Callable[[LineOutcome], object] | None,
    notes: Mapping[int, str] | None = None,
) -> int:
    """Put the outcome of every planned line in its held place (outcomes kept) or hand it to
    ``reconcile``, in filing order; the number of planned lines. A line's message is its
    note in ``notes``, by position (a split id's, an order number left out; see
    :class:`_Admission`), or None.

    The outcomes of a complaint are made and handed over by ``map`` over its columns (line
    numbers, input texts, canonical URLs; see :func:`_complaints`), with no Python-level loop
    per line. Its columns are then let go, while they are at hand."""
    planned = 0
    status = repeat(Status.PLANNED)
    none = repeat(None)
    new, outcome_type = tuple.__new__, repeat(LineOutcome)  # a LineOutcome made in C
    for pc in complaints:
        columns = pc.columns
        planned += len(columns[0])
        outcomes = map(
            new,
            outcome_type,
            zip(
                columns[0],  # the line numbers
                columns[5],  # the input text as given
                status,
                repeat(pc.complaint.id),
                none,
                none,
                map(notes.get, columns[3]) if notes else none,  # the message, by position
                columns[4],  # the canonical URLs (repeat() is endless)
                strict=False,
            ),
        )
        if reconcile is None:
            deque(map(kept.__setitem__, columns[3], outcomes), maxlen=0)
        else:
            deque(map(reconcile, outcomes), maxlen=0)
        columns.clear()
    return planned


def _order_left_out(order: str, reason: str) -> str:
    """The message of a planned line whose order number its reason has no use for.

    >>> _order_left_out("1234", "tm_misuse").partition(",")[0]
    "order number '1234' left out: the reason 'tm_misuse' needs no test purchase"
    """
    shown = order if len(order) <= 40 else order[:37] + "..."
    return (
        f"order number {shown!r} left out: the reason {reason!r} needs no test purchase, and "
        "a complaint of it takes no order number (one test purchase per complaint, for the "
        "reasons that need one); give such a reason if the line's test purchase is its "
        "evidence"
    )


class _Read(NamedTuple):
    duplicates: int
    rejections: dict[str, int]
    #: whether some accepted line's listing has an id shorter than ``SHORT_ITEM_ID`` (see
    #: :func:`_notes_quiet`)
    short: bool
    #: whether some line gives a confidence (False: every complaint's mean is the assumed
    #: one, taken without a pass over its entries)
    confident: bool


# _read: parse, de-duplicate and admit every line; accepted lines, entries ``(line number,
# id, extra value, position, canonical URL, text, form name, confidence)`` (see _Entry), go to
# their groups (``hold``,
# outcomes kept, called with ``None`` for each: a place at ``position``). A duplicate
# repeats the listing of an earlier line *planned* for the same right. Its hot loop inlines
# what it can:
# - may_hold_several(url) is answered with no call on a plain ASCII URL (_holds_several's
#   expression): the table changes every character of _SEVERAL_MARKS but the separators
#   ``,;|``, so a URL it leaves as it was holds no white space or markup, and one that starts
#   with its scheme's ``//`` and holds no other holds no listed link either, but for one
#   without its scheme (``LISTED_HOST``), looked for where a separator is (``listed``: the
#   table of every mark, ``_PLAIN``, changes the URL and ``_MARKED`` does not);
# - Listing.canonical_url is made without the call where the form's template is ``parts``;
# - a form's entry in ``by_form`` is found by the form's name (a str caches its hash);
# - a plain line's verdict is the list its entry joins, or (code, message);
# - a LineOutcome is made by ``tuple.__new__``, without the named tuple's Python __new__;
# - ``slow`` is the position of the last line read the long way (``several``: white space or
#   non-ASCII in it): only such a line's text may hold an id split by white space;
# - a line the same as the one before (``yes URL |``) is not parsed again: ``was`` is the
#   last text parsed and ``got`` its answer (immutable, holding no line); a line that differs
#   costs one string comparison, no hash of the line (a one-entry ``lru_cache`` hashed each).
def _read(
    lines: Iterable[PlanLine | str],
    admission: _Admission,
    open_ids: set[str],
    emit: Callable[[LineOutcome], object],
    hold: Callable[[None], object] | None,
) -> _Read:
    """Parse, de-duplicate and admit every line (see the comment above)."""
    parse, a_listing, line_code, several = parse_listing, Listing, _LINE_CODES, _marked_several
    new, marks, rejected, duplicate = tuple.__new__, _MARKED, Status.REJECTED, Status.DUPLICATE
    verdicts, seen_for, schemes, plain = admission.verdicts, admission.seen_for, _SCHEMES, _PLAIN
    by_form, seen, default_right = admission.by_form, admission.seen, admission.default_right
    short, confident, duplicates, last, slow, rejections = False, False, 0, 0, 0, dict[str, int]()
    was, got = _UNREAD  # the last text parsed and its answer
    for position, item in enumerate(lines, 1):  # verdict: a group's list, route or (code, why)
        if type(item) is str:
            line_no, url = position, item.strip()  # two names: no tuple built, as for five
            key = other = confidence = None
        else:
            line_no, url, right, reason, target, confidence, order, key = _plan_line(item, position)
            other = None if right is None or right == default_right else right  # another right
            confident = confident or confidence is not None
        last = line_no if line_no > last else _disorder(line_no, last, position)
        if type(parsed := got if url == was else (got := parse(was := url))) is not a_listing or (
            (
                (slashes := raw.count(b"//")) > 1
                or (slashes and not raw.startswith(schemes) and several(url))
                or (listed and _listed_host(url))
                if url.isascii()
                and (
                    not (listed := (raw := url.encode()).translate(plain) is not raw)
                    or raw.translate(marks) is raw
                )
                else (slow := position) and several(url)  # position >= 1: several() decides
            )
            and type(parsed := _one_listing(url, parsed)) is not a_listing
        ):
            code = line_code[parsed[0]]  # type: ignore[index]  # Rejection.code
            rejections[code] = rejections.get(code, 0) + 1
            said = _pointed(_refused(url, parsed), item)  # type: ignore[arg-type]
            emit(new(LineOutcome, (line_no, url, rejected, None, None, code, said, None)))
            continue
        name = (form := parsed[0]).name  # Listing.form
        bucket, keyer, verdict, parts = info = by_form.get(name) or admission.form_info(form)
        if other is None:
            ident = parsed[1] if keyer is None else keyer(parsed)
            if bucket is None:
                bucket, ident = seen.split(ident)
        else:  # a line naming another right: its identities are remembered apart
            bucket, ident = admission.another_right(other, parsed.identity)
        first = bucket.get(ident)
        if first is not None:  # a line of this listing was planned before
            duplicates += 1
            canonical = parsed[1].join(parts) if parts is not None else _CANONICAL(parsed)
            emit(new(LineOutcome, (line_no, url, duplicate, None, first, None, None, canonical)))
            continue
        if open_ids and parsed.identity in open_ids:
            verdict = ("already-open", REJECTION_REASONS["already-open"])
        elif key is not None:
            verdict = verdicts.get((name, key))
            if verdict is None:
                verdict = admission.decide(form, key, right, reason, target, order)
            if type(verdict) is not tuple:
                verdict = admission.members(verdict, order, position)  # type: ignore[arg-type]
        elif verdict is None:  # a plain line's, decided once for its form
            verdict = info[2] = admission.decide_plain(form)
        if type(verdict) is list:
            bucket[ident] = line_no
            if seen_for and not admission.repeats:
                admission.repeats = admission.planned_elsewhere(parsed.identity, bucket)
            canon = parsed[1].join(parts) if parts is not None else _CANONICAL(parsed)
            verdict.append((line_no, parsed[1], parsed[2], position, canon, url, name, confidence))
            short = short or len(parsed[1]) < SHORT_ITEM_ID
            slow == position and admission.split_note(position, parsed)  # white space in it?
            hold is None or hold(None)
            continue
        code, message = verdict[0], _pointed(verdict[1], item)
        rejections[code] = rejections.get(code, 0) + 1
        emit(new(LineOutcome, (line_no, url, rejected, None, None, code, message, None)))
    return _Read(duplicates, rejections, short, confident)


#: What :func:`_read` holds as its last text parsed and answer before it parses a line.
_UNREAD: tuple[Any, Any] = (None, None)


def _pointed(message: str, item: PlanLine | str) -> str:
    """A rejection's ``message``, pointing at the column that holds the line's listing where
    its URL cell holds none (:attr:`PlanLine.elsewhere`, as ``ipprules listings`` does)."""
    if type(item) is str or item.elsewhere is None:  # type: ignore[union-attr]
        return message
    said = pointer_of(item)  # type: ignore[arg-type]  # worked out now: the line is rejected
    return message if said is None else f"{message}; {said}"


def _marked(marks: bytes) -> bytes:
    """A ``bytes.translate`` table that changes each of ``marks`` and keeps every other byte:
    ``raw.translate(table) is raw`` (CPython hands back the very object it was given when
    nothing changed) tells that ``raw`` holds none of them; a copy, where another Python
    copies anyway, only sends the line the long way."""
    table = bytearray(range(256))
    for mark in marks:
        table[mark] = 0 if mark else 1
    return bytes(table)


#: The table of the characters whose tests :func:`_marked_several` runs only when one is
#: present: the white space of ``str.split()``, ``"<`\\``, the brackets of ``](`` and ``[/``
#: and the single quote of ``','`` and ``';'``.
_TESTED = _marked(b" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\"'<`\\[]")

#: The table of the quick path of :func:`_read` (and :func:`_refused`): the marks
#: :func:`~ipprules.listings.parser.may_hold_several` looks for but the separators of a listed
#: link (``,;|``). An ASCII text it leaves as it is holds no white space and no markup, so it
#: may hold several listings only by a second ``//`` or by a link listed after a separator,
#: which a match of ``LISTED_LINK`` ends in a ``//``: with one ``//`` only, that of a text
#: starting ``https://`` or ``http://`` (:data:`_SCHEMES`), no separator can come before it.
#: A URL with a comma or a semicolon in its query (a tenth of the benchmark pile) is then
#: answered by the quick path too, not by :func:`_marked_several`: but for a link listed
#: after a separator without its scheme (``LISTED_HOST``, ``…?id=1,item.taobao.com/…``),
#: looked for only in a text holding a separator (see :data:`_PLAIN`).
_MARKED = _marked(several_marks.translate(None, b",;|"))

#: The table of every mark :func:`~ipprules.listings.parser.may_hold_several` looks for, the
#: separators ``,;|`` too. An ASCII text it leaves as it is (nine lines in ten of the
#: benchmark pile) holds no separator, so no link listed after one (``LISTED_HOST`` begins
#: with one): the quick paths look for such a link only in a text this table changes and
#: :data:`_MARKED` does not (one more ``bytes.translate`` there, not three ``in`` tests on
#: every plain text).
_PLAIN = _marked(several_marks)

#: The starts of a text whose first ``//`` is its scheme's (see :data:`_MARKED`).
_SCHEMES = (b"https://", b"http://")

#: At least the most characters a match of ``LISTED_LINK`` (a separator, then
#: ``https?://``) holds before its ``//``: ``&#x0a;`` (six) and ``https:`` (six). (Each
#: escaped line break ends with ``;``, itself a separator, so seven would do.)
_LISTED_REACH = 12


def _by_separator(listed: re.Pattern[str]) -> tuple[tuple[str, Any], ...]:
    """``listed`` (a pattern starting with the class ``[,;|]`` of one character, as
    :data:`~ipprules.listings.text.LISTED_HOST` does) as one search per separator, each
    starting with its separator alone: ``(separator, search)``. A text holds a match of
    ``listed`` exactly when, for some separator it holds, that search finds one. (Any other
    pattern is kept whole and searched in every text.)"""
    head = "[,;|]"
    if not listed.pattern.startswith(head):
        return (("", listed.search),)  # every text holds ""
    rest = listed.pattern[len(head) :]
    return tuple((sep, re.compile(re.escape(sep) + rest, listed.flags).search) for sep in ",;|")


#: See :func:`_listed_host`.
_LISTED_HOSTS = _by_separator(LISTED_HOST)


def _listed_host(text: str) -> bool:
    """Whether ``LISTED_HOST.search(text)`` finds a link listed after a separator without
    its scheme (``…?id=1,item.taobao.com/…``), asked of every text holding a separator (about
    one line in eight of the benchmark pile). The regular expression engine tests a pattern
    that starts with a class (``[,;|]``) at every character of the text, about 40 machine
    instructions each; a pattern that starts with one character skips to it as ``str.find``
    does, and ``in`` tells first whether the text holds that separator at all (about a sixth
    of the instructions on the benchmark pile). ``tests/planner/test_planner13.py``
    checks it against ``LISTED_HOST``.

    >>> _listed_host("https://item.taobao.com/item.htm?id=1,item.taobao.com/item.htm?id=2")
    True
    >>> _listed_host("https://item.taobao.com/item.htm?id=1&spm=a,b;c|d")
    False
    """
    for separator, search in _LISTED_HOSTS:
        if separator in text and search(text) is not None:
            return True
    return False


def _holds_several(text: str) -> bool:
    """:func:`~ipprules.listings.parser.may_hold_several` of ``text`` as the reading loop of
    :func:`_read` and :func:`_refused` answer it (each has the same expression inline;
    ``tests/planner/test_planner_quick_paths.py`` also plans with the quick path off): a
    plain ASCII text (see :data:`_MARKED`) by its count of ``//``, and where it starts with
    its scheme's, by nothing more; any other by :func:`_marked_several`.

    >>> _holds_several("https://item.taobao.com/item.htm?id=1&spm=a,b;c")
    False
    >>> _holds_several("item.taobao.com/item.htm?id=1;https://item.taobao.com/x")
    True
    """
    return (
        (slashes := raw.count(b"//")) > 1
        or bool(slashes and not raw.startswith(_SCHEMES) and _marked_several(text))
        or (listed and _listed_host(text))
        if text.isascii()
        and (
            not (listed := (raw := text.encode()).translate(_PLAIN) is not raw)
            or raw.translate(_MARKED) is raw
        )
        else _marked_several(text)
    )


def _marked_several(text: str) -> bool:
    """:func:`~ipprules.listings.parser.may_hold_several` of ``text``, when the quick path
    in :func:`_read` found one of its marks in it, or ``text`` is not ASCII, or holds one
    ``//`` and does not start with a scheme (see :data:`_MARKED`).

    An ASCII text takes the definition's tests (``_may_hold_several``) in two steps. The tests
    for white space, ``"<`\\``, ``](``, ``[/``, ``','`` and ``';'`` (the parser's
    ``_marked_up``) run only when one pass of ``bytes.translate`` finds one of their
    characters (``_TESTED``). The search for
    a link listed after a comma, a semicolon, a bar or an escaped line break (``LISTED_LINK``)
    is reached only when ``text`` holds at most one ``//``, and a match must then end in that
    ``//`` (a ``//`` one slash later is no ``://``): it reads from a match's longest reach
    before the ``//`` (twelve characters) to the ``//``, instead of the whole URL. Most such
    lines are URLs with a comma in a tracking parameter, where that scan took most of the time.
    A link listed without its scheme (``…?id=1,item.taobao.com/…``) holds no ``//``: it is
    looked for in the whole text (``LISTED_HOST``, a quick miss at most commas).
    ``tests/planner/test_planner_quick_paths.py`` checks it against the definition.

    >>> _marked_several("https://item.taobao.com/item.htm?id=1&x=a,b")
    False
    >>> _marked_several("https://item.taobao.com/item.htm?id=1,https://item.taobao.com/x")
    True
    """
    if not text.isascii():
        return may_hold_several(text)
    raw = text.encode()
    if raw.translate(_TESTED) is not raw and marked_up(text):
        return True
    first = text.find("//")
    if first < 0:  # no link after a separator but one without its scheme
        return _listed_host(text)
    if text.count("//", first + 2) > 0:
        return True
    return LISTED_LINK.search(
        text, max(0, first - _LISTED_REACH), first + 2
    ) is not None or _listed_host(text)


class _LineCodes(dict[str, str]):
    """The code of a line the listing parser rejects: ``listing:<code>`` (built once per
    code), except the planner's own ``several-listings``."""

    def __missing__(self, code: str) -> str:
        found = self[code] = code if code in REJECTION_REASONS else "listing:" + code
        return found


_LINE_CODES = _LineCodes()


def _refused(text: str, refused: Rejection) -> str:
    """The message of a line whose (first) link is refused, naming the other listings the
    line holds as ``ipprules listings`` names them (``others``): they are not read (a line is
    one listing), and were lost without a word. A line holding white space that is a listing
    without it (``…?id= 7012…``: a space cut the link) says so, as the complaint check does
    (:func:`~ipprules.listings.parser.space_hint`).

    A plain ASCII line (the quick path of :func:`_read`, see :data:`_MARKED`) holds no white
    space, so no such hint: it is answered without calling
    :func:`~ipprules.listings.parser.space_hint` (a text of one word gets ``""``).

    >>> from ipprules.listings import parse_listing
    >>> line = "https://m.tb.cn/h.Ab?tk=x https://item.taobao.com/item.htm?id=606832683299"
    >>> _refused(line, parse_listing(line))
    '... (not read, other listings on this line: https://item.taobao.com/item.htm?id=606832683299)'
    """
    said = refused[1]  # Rejection.message (by index: asked of every refused line)
    if refused[0] == "several-listings":  # Rejection.code
        return said
    if text.isascii() and (
        not (listed := (raw := text.encode()).translate(_PLAIN) is not raw)
        or raw.translate(_MARKED) is raw
    ):
        if not (  # _holds_several(text), inline: asked of every refused line
            (slashes := raw.count(b"//")) > 1
            or (slashes and not raw.startswith(_SCHEMES) and _marked_several(text))
            or (listed and _listed_host(text))
        ):
            return said
    else:
        said += space_hint(text, refused.code)
        if not _marked_several(text):
            return said
    others = other_listings(text, refused)
    if not others:
        return said
    return f"{said} (not read, other listings on this line: {' '.join(others)})"


def _one_listing(text: str, read: Listing) -> Listing | Rejection:
    """``read``, the listing read from ``text`` (which may hold another's link:
    :func:`~ipprules.listings.parser.may_hold_several`), unless ``text`` also holds the link
    of another listing: then a rejection ``several-listings`` naming that link (a line is one
    listing: the other would be lost without a word). The links are found as the complaint
    check finds them (:func:`~ipprules.listings.parser.other_listings`)."""
    others = other_listings(text, read)
    if others:
        message = f"{REJECTION_REASONS['several-listings']} (also {others[0]})"
        return Rejection("several-listings", message, text)
    return read


def _disorder(line_no: int, last: int, position: int) -> NoReturn:
    """Line numbers must increase along the input."""
    raise InputError(
        f"line numbers must increase along the input: line {line_no} after line {last}",
        path=f"$[{position - 1}].line",
    )


#: How a notebook's rows (a DataFrame, or its ``to_dict('records')``) become lines: as the
#: CSV file they make, read as a file of lines is (its columns named as there).
_ROWS_AS_CSV = (
    "read a frame's rows (url, reason, order_number, ...) as the CSV they make: "
    "ipprules.planner.read_lines(io.StringIO(df.to_csv(index=False))), or make each a "
    "ipprules.planner.PlanLine(line=..., url=..., reason=...)"
)
_FRAME_LINES = (
    "iterating a DataFrame gives its column names, not its rows: pass its column of URLs, "
    f"df['url'] (Settings(reason=...) gives every line its reason), or {_ROWS_AS_CSV}"
)


#: What a missing value among the lines (a gap in a pandas column) is told to do.
_DROP_GAPS = (
    "drop the gaps first (series.dropna(); the lines are then numbered by their place in "
    "what is left)"
)
#: What an order number given as a number (a pandas column read without dtype=str) is told.
_NUMBER_ORDER = (
    "an order number is text: a number loses its leading zeros and, past 15 digits, its "
    "last digits; read the column as text, pandas.read_csv(..., dtype={'order_number': str})"
)
#: What a float confidence (a pandas column's cell) is told: the exact number it is read as.
_FLOAT_CONFIDENCE = (
    " (a float is not exact: give Fraction(str(value)), or "
    "ipprules.planner.parse_confidence(str(value)), which checks it is from 0 to 1)"
)


def _is_missing(value: object) -> bool:
    """Whether ``value`` is a missing value of Python, pandas or numpy (``None``, NaN,
    ``pd.NA``, ``NaT``), told without importing pandas.

    >>> _is_missing(None), _is_missing(float("nan")), _is_missing(0.5), _is_missing("")
    (True, True, False, False)
    """
    if value is None or type(value).__name__ in ("NAType", "NaTType"):
        return True
    return isinstance(value, float) and value != value


def _plan_line(item: Any, position: int) -> tuple[Any, ...]:
    """A :class:`PlanLine`'s fields, checked, and its admission key (``None`` when the line
    gives no right, reason, target or order number)."""
    if not isinstance(item, PlanLine):
        hint = f"; {_ROWS_AS_CSV}" if isinstance(item, Mapping) else ""
        if _is_missing(item):
            hint = f" (a missing value): {_DROP_GAPS}"
        # the item's index from 0, as a Series' iloc and a list's; its line number from 1
        raise TypeError(
            f"lines must hold URL strings or PlanLine, not {type(item).__name__} "
            f"(item {position - 1}, line {position}){hint}"
        )
    line_no, url, right, reason, target, confidence, order, _, _ = item
    if right is None and reason is None and target is None and not order:
        key = None
    else:
        key = (right, reason, target, bool(order))
        _check_fields(item)
    if type(line_no) is not int or type(url) is not str:
        _bad_line(item)
    if confidence is not None:
        _check_confidence(item)
    # white space around the URL is no part of it, as around a plain string's (and as
    # read_lines and the Dask planner read a cell): the outcome's url was kept with it
    return line_no, url.strip(), right, reason, target, confidence, order, key


def _check_fields(item: PlanLine) -> None:
    """The optional fields of a line have the types :class:`PlanLine` says."""
    for name in ("right", "reason", "order_number"):
        value = getattr(item, name)
        if value is not None and not isinstance(value, str):
            hint = ""
            if _is_missing(value):
                hint = " (a missing value: give None)"
            elif name == "order_number" and isinstance(value, int | float):
                hint = f" ({_NUMBER_ORDER})"
            raise TypeError(
                f"PlanLine.{name} must be a str or None, not {type(value).__name__}{hint}"
            )
    if item.target is not None and not isinstance(item.target, Target):
        raise TypeError(
            f"PlanLine.target must be a Target or None, not {type(item.target).__name__}"
        )


def _check_confidence(item: PlanLine) -> None:
    value = item.confidence
    if isinstance(value, bool) or not isinstance(value, Fraction | int):
        hint = _FLOAT_CONFIDENCE if isinstance(value, float) else ""  # numpy's float64 too
        if _is_missing(value):
            hint = " (a missing value: give None)"
        raise TypeError(
            f"PlanLine.confidence must be a Fraction or None, not {type(value).__name__}{hint}"
        )
    if not 0 <= value <= 1:
        raise InputError(
            f"expected a confidence from 0 to 1, got {value}",
            path=f"$[line {item.line}].confidence",
        )


def _bad_line(item: Any) -> None:
    hint = ""
    if _is_missing(item.url):
        hint = f" (the url is a missing value: {_DROP_GAPS})"
    elif not isinstance(item.line, bool | int) and hasattr(item.line, "__index__"):  # int64
        hint = " (give the line as a Python int: int(value))"
    raise TypeError(
        f"a PlanLine needs an int line and a str url, got {type(item.line).__name__} and "
        f"{type(item.url).__name__}{hint}"
    )


@functools.cache
def _identity_prefixes() -> frozenset[str]:
    """The text before the id in the identities of the URL forms, if none of them starts
    another (else empty: then every identity is remembered whole)."""
    prefixes = sorted({f.identity_parts[0] for f in all_forms() if f.identity_parts})
    if any(b.startswith(a) for a, b in itertools.pairwise(prefixes)):  # sorted: enough
        return frozenset()
    return frozenset(prefixes)


class _Seen:
    """The first line of each listing identity, one dictionary per identity prefix (the text
    before the id), keyed by the rest: for most forms the id itself, so no key string is
    built per line. Exact: no prefix starts another, so two identities are equal exactly when
    their prefixes and their rests are; an identity whose form does not split that way is
    split by the prefix it starts with (or kept whole when it starts with none)."""

    __slots__ = ("_buckets", "_prefixes")

    def __init__(self) -> None:
        self._prefixes = _identity_prefixes()
        self._buckets: dict[str, dict[str, int]] = {}

    def _bucket(self, prefix: str) -> dict[str, int]:
        found = self._buckets.get(prefix)
        if found is None:
            found = self._buckets[prefix] = {}
        return found

    def slot(self, form: Form) -> tuple[dict[str, int] | None, Any]:
        """(bucket, key): the dictionary of first lines that ``key(listing)`` is looked up in;
        ``key`` None means the listing's id; ``bucket`` None means: split the key (the whole
        identity) with :meth:`split`."""
        parts = form.identity_parts
        if parts is None or parts[0] not in self._prefixes:
            return None, _IDENTITY
        prefix, suffix = parts
        bucket = self._bucket(prefix)
        if not suffix:
            return bucket, None
        return bucket, lambda listing: listing[1] + suffix

    def split(self, identity: str) -> tuple[dict[str, int], str]:
        """The bucket and key of a whole identity."""
        for prefix in self._prefixes:
            if identity.startswith(prefix):
                return self._bucket(prefix), identity[len(prefix) :]
        return self._bucket(""), identity


#: How many unknown rights and reason codes a run looks for a near name of.
_HINTS = 1000


class _Admission:
    """Everything the admission of a line depends on besides its identity, decided once per
    (URL form, right, reason, target, whether it has an order number) and cached."""

    def __init__(
        self,
        rules: ResolvedRules,
        plan: Plan,
        settings: Settings,
        cells: Mapping[tuple[str, str, str], Cell] | None = None,
    ) -> None:
        self.rules = rules
        #: rights coverage by (right, platform, target): a line on a cell that is not covered
        #: is rejected with the coverage reason, and the right that would cover it
        self.cells = cells if cells is not None else {}
        self.settings = settings
        self.member = plan.account.good_faith
        self.rights = {r.id: r for r in plan.rights}
        self.only_right = plan.rights[0] if len(plan.rights) == 1 else None
        self.no_right = _no_right(plan)
        self.needs_order = {
            cid: bool(_TEST_PURCHASE & set(c.evidence)) for cid, c in rules.reason_codes.items()
        }
        #: per URL form name: [how to remember its identities (see :class:`_Seen`), the key
        #: function or None, the verdict for lines that give no right, reason, target or
        #: order (the list of the group such a line joins, or (code, message); None until
        #: decided), the form's canonical URL template as (before, after) the id, or None]
        self.by_form: dict[str, list[Any]] = {}
        self.seen = _Seen()
        #: the right of a line that names none (None: such a line is rejected), whose
        #: identities ``seen`` remembers; a listing may be filed again for another right
        #: (R45), so the lines naming another right are remembered apart, per right
        self.default_right = settings.right or (self.only_right.id if self.only_right else None)
        self.seen_for: dict[str, _Seen] = {}
        #: whether some listing was planned for two rights (then the verification parses
        #: the planned listings again, to find the repeats as the checks do)
        self.repeats = False
        #: verdicts for the other lines, by (form name, (right, reason, target, has order))
        self.verdicts: dict[tuple[str, Any], _Route | tuple[str, str]] = {}
        self.routes: dict[tuple[str, str, str, Target], _Route] = {}
        self.groups: list[_Group] = []
        #: the other readings of the rule book, each with its own admission (see _judged)
        self.others: list[tuple[str, _Admission]] = []
        self._admissible: dict[tuple[str, str, Target], dict[str, ReasonCode]] = {}
        self._hints = 0  # "did you mean" suggestions made: bounded, whatever the input
        #: the message of an accepted line, by its position: its order number left out (see
        #: :meth:`members`), its id split by white space (see :meth:`split_note`)
        self.notes: dict[int, str] = {}

    def members(self, route: _Route, order: str | None, position: int = 0) -> list[_Entry]:
        """The list the entries of ``route`` with this order number join. A reason that
        needs no test purchase has no order number on the IPP form: the line's is left out
        (the line joins the others of its route, not a complaint of its own), and its
        outcome says so (``notes``, by the line's ``position``)."""
        if order and not route.orders:
            self.notes[position] = _order_left_out(order, route.reason.id)
            order = None
        found = route.groups.get(order or "")
        if found is None:
            found = route.groups[order or ""] = []
            self.groups.append(_Group(route, order or "", found))
        return found

    def split_note(self, position: int, listing: Listing) -> bool:
        """Note an accepted line whose id is followed by white space and more digits
        (``?id=606832683 299``: the listing read, and planned, is ``?id=606832683``) with the
        note :func:`~ipprules.listings.parse_listing` gives it, before any other of the line's
        (:meth:`members`); whether it did."""
        form, text = listing[0], listing[3]
        if not split_text(text):
            return False
        note = split_id(text, listing[1], USUAL_ID_LENGTHS.get((form.marketplace, form.id_type)))
        if note is not None:
            other = self.notes.get(position)
            self.notes[position] = note if other is None else f"{note}; {other}"
        return note is not None

    def another_right(self, right_id: str, identity: str) -> tuple[dict[str, int], str]:
        """The bucket and key that remember ``identity`` for a line naming ``right_id``,
        which is not the default right."""
        found = self.seen_for.get(right_id)
        if found is None:
            found = self.seen_for[right_id] = _Seen()
        return found.split(identity)

    def planned_elsewhere(self, identity: str, bucket: dict[str, int]) -> bool:
        """Whether ``identity`` was planned for a right other than the one of ``bucket``."""
        for one in (self.seen, *self.seen_for.values()):
            there, key = one.split(identity)
            if there is not bucket and key in there:
                return True
        return False

    def form_info(self, form: Form) -> list[Any]:
        """What the reading loop keeps per URL form (see :attr:`by_form`)."""
        info = self.by_form[form.name] = [*self.seen.slot(form), None, form.canonical_parts]
        return info

    def decide_plain(self, form: Form) -> list[_Entry] | tuple[str, str]:
        """The verdict for a line that gives no right, reason, target or order number: the
        list its entry joins, or (code, message) (the caller caches it by form)."""
        verdict = self._judged(form, None, None, None, False)
        return verdict if isinstance(verdict, tuple) else self.members(verdict, None)

    def decide(
        self,
        form: Form,
        key: Any,
        right_id: str | None,
        reason_id: str | None,
        target: Target | None,
        order: str | None,
    ) -> _Route | tuple[str, str]:
        """The verdict for a line that gives a right, reason, target or order number: its
        route, or (code, message); cached by (form name, ``key``)."""
        verdict = self._judged(form, right_id, reason_id, target, bool(order))
        self.verdicts[(form.name, key)] = verdict
        return verdict

    def _judged(
        self,
        form: Form,
        right_id: str | None,
        reason_id: str | None,
        target: Target | None,
        has_order: bool,
    ) -> _Route | tuple[str, str]:
        """The verdict (route, or code and message); a rejection names the other readings
        of the rule book that answer otherwise: those under which the line would be planned,
        and those that reject it for another reason (another code, or the same code with
        another message: a "no" here, a documented gap there), with theirs (decided once per
        form and line settings, like every verdict: no cost per line)."""
        decided = self._decide(form, right_id, reason_id, target, has_order)
        if not isinstance(decided, tuple):
            return decided
        code, message = decided[0], decided[1] or REJECTION_REASONS[decided[0]]
        planned: list[str] = []
        otherwise: dict[tuple[str, str], list[str]] = {}  # their (code, message): readings
        for name, other in self.others:
            theirs = other._decide(form, right_id, reason_id, target, has_order)
            if not isinstance(theirs, tuple):
                planned.append(name)
                continue
            said = theirs[1] or REJECTION_REASONS[theirs[0]]
            if (theirs[0], said) != (code, message):
                otherwise.setdefault((theirs[0], said), []).append(name)
        if planned:
            message += f" [differs under: {', '.join(planned)}, where it is planned]"
        for (their_code, said), names in otherwise.items():
            message += f" [differs under: {', '.join(names)}, where it is {their_code}: {said}]"
        return (code, message)

    def _decide(
        self,
        form: Form,
        right_id: str | None,
        reason_id: str | None,
        given_target: Target | None,
        has_order: bool,
    ) -> _Route | tuple[str, str | None]:
        rules = self.rules
        settings = self.settings
        platform: str = form.platform
        if platform == "taobao_or_tmall":
            return ("ambiguous-platform", None)
        marketplace = form.marketplace
        if marketplace not in rules.platforms and marketplace in rules.marketplaces:
            files_as = rules.marketplaces[marketplace].files_as
            if files_as is None:
                return ("marketplace-not-filable", None)
            platform = files_as
        if platform not in rules.platforms:
            when = rules.on_ipp(platform)
            on = f"{platform} is an IPP platform {when}, not on {rules.as_of}" if when else None
            return ("platform-not-in-force", on)
        right_id = right_id or settings.right
        right: Right | None
        if right_id is None:
            right = self.only_right
            if right is None:
                return ("missing-right", self.no_right)
        else:
            right = self.rights.get(right_id)
            if right is None:
                near = self._near(right_id, self.rights)
                return ("unknown-right", f"the right {right_id!r} is not in the plan{near}")
        kind = _TARGETS[form.kind]
        target = given_target or settings.target or kind
        if target is not kind:
            return ("wrong-kind", f"a {kind.value} URL cannot be filed with target {target.value}")
        if target is Target.STOREFRONT:
            place, ipr_type = rules.platforms[platform], right.ipr_type.value
            answer = place.storefront_for(ipr_type)
            if answer is Answer.UNKNOWN:  # D13: a documented gap, as check and coverage say
                gap = storefront_gap(place, ipr_type)
                return (
                    "rules-unknown",
                    f"the rules are a documented gap here (storefront-unknown): {gap}",
                )
            if answer is not Answer.YES:
                return ("storefront-not-allowed", None)
        reason_id = reason_id or settings.reason
        if reason_id is None:
            return ("missing-reason", None)
        reason = self._admissible_codes(right, platform, target).get(reason_id)
        if reason is None:
            return ("reason-not-admissible", self._why_not(reason_id, right, platform, target))
        if (
            has_place(right)
            and platform in rules.registrations  # else rule-record-missing: noted, not refused
            and rules.accepts_registration(platform, right.place) is Answer.NO
            and not claimed_unregistered(rules, right, platform)
            and not extended_to_china(rules, right, platform)
        ):
            return (
                "right-place-not-accepted",
                f"{platform} does not accept rights registered in {right.place}"
                + self._instead(platform, target, right),
            )
        blocked = self._not_covered(right, platform, target)
        if blocked is not None:
            return blocked
        orders = self.needs_order[reason.id]
        if orders and not has_order:
            return ("missing-order", None)
        route_key = (platform, right.id, reason.id, target)
        route = self.routes.get(route_key)
        if route is None:
            route = self.routes[route_key] = _Route(platform, right, reason, target, orders)
        return route

    def _near(self, name: str, known: Mapping[str, object]) -> str:
        """`` (did you mean 'x'?)`` for an unknown right or reason code near a known one, for
        the first 1,000 unknown names of a run (each compares the name with every known one:
        a file of a million distinct wrong names in a plan of many rights stays fast)."""
        if self._hints >= _HINTS:
            return ""
        self._hints += 1
        return did_you_mean(name, list(known))

    def _why_not(self, reason_id: str, right: Right, platform: str, target: Target) -> str:
        """Why a reason code is not admissible for a line, as ``check`` would say it."""
        rules = self.rules
        head = f"{reason_id!r} is not admissible for {right.id!r} on {platform} ({target.value})"
        code = rules.reason_codes.get(reason_id)
        admissible = list(self._admissible_codes(right, platform, target))
        more = f" and {len(admissible) - 5} more" if len(admissible) > 5 else ""
        shown = ", ".join(admissible[:5]) + more
        tail = f"; admissible here: {shown}" if admissible else ""  # B16: name the code meant
        if code is None:
            near = label_hint(rules, reason_id) or self._near(reason_id, rules.reason_codes)
            return f"{head}: no such reason code in force on {rules.as_of}{near}{tail}"
        subtype = right.subtype.value if right.subtype else None
        reasons = [
            f"it is for {code.ipr_type} rights, not {right.ipr_type.value}"
            if code.ipr_type != right.ipr_type.value
            else "",
            f"it is not offered on {platform}" if platform not in code.platforms else "",
            f"it is not for a {target.value} target" if target not in code.targets else "",
            "it is reserved for Good Faith members" if code.good_faith_only and not self.member
            else "",
            f"it is not for {subtype} {code.ipr_type}s"
            if subtype and code.subtypes and subtype not in code.subtypes
            else "",
        ]  # fmt: skip
        found = [r for r in reasons if r]
        if not found and target is Target.STOREFRONT:
            found = [f"{platform} takes no {right.ipr_type.value} store-front complaints"]
        why = "; ".join(found) or "not in the catalogue for it"
        return f"{head}: {why} (on {rules.as_of}){tail}"

    def _not_covered(self, right: Right, platform: str, target: Target) -> tuple[str, str] | None:
        """``check:<code>`` and the coverage reason where the right does not cover the cell
        (an error of the account itself is left to the checks: it is not the line's)."""
        cell = self.cells.get((right.id, platform, target.value))
        if cell is None or cell.status is CellStatus.COVERED:
            return None
        if cell.status is CellStatus.UNKNOWN:  # a documented gap: never planned on a guess
            gaps = [  # a record a user file leaves out of the day: planned, the check notes it
                f
                for f in cell.findings
                if f.severity is FindingSeverity.UNKNOWN and f.code != "rule-record-missing"
            ]
            if gaps and not gaps[0].path.startswith("$.account"):
                return (
                    "rules-unknown",
                    f"the rules are a documented gap here ({gaps[0].code}): {gaps[0].message}",
                )
            return None
        blocking = [
            f
            for f in cell.findings
            if f.severity is FindingSeverity.ERROR
            and (not f.path.startswith("$.account") or f.path == "$.account.authorisations")
        ]
        if not blocking:
            return None
        first = blocking[0]
        opens = "; ".join(o.text for o in cell.opens if o.actionable)
        hint = f"; would open it: {opens}" if opens else ""
        return (
            f"check:{first.code}",
            first.message + hint + self._instead(platform, target, right),
        )

    def _instead(self, platform: str, target: Target, right: Right) -> str:
        """Which other rights of the plan, of the line's IPR type (whose reason codes the line
        could keep), cover this platform and target, if any."""
        kind = right.ipr_type
        covering = [
            r
            for r, other in self.rights.items()
            if r != right.id
            and other.ipr_type is kind
            and (cell := self.cells.get((r, platform, target.value))) is not None
            and cell.status is CellStatus.COVERED
        ]
        if not self.cells:
            return ""
        if covering:
            return f" (covered by right {', '.join(repr(r) for r in covering)})"
        return (
            f" (no other {kind.value} right of the plan covers {target.value} complaints on "
            f"{platform})"
        )

    def _admissible_codes(
        self, right: Right, platform: str, target: Target
    ) -> dict[str, ReasonCode]:
        key = (right.id, platform, target)
        found = self._admissible.get(key)
        if found is None:
            rules = with_type(self.rules, right.ipr_type.value)
            subtype = rules.subtype_filter(
                right.ipr_type.value, right.subtype.value if right.subtype else None
            )
            codes = rules.reason_codes_for(
                right.ipr_type.value, platform, target, member=self.member, subtype=subtype
            )
            found = self._admissible[key] = {c.id: c for c in codes}
        return found


def _no_right(plan: Plan) -> str:
    """Why a line that names no right has none: the plan has no right, or several (named)."""
    if not plan.rights:
        return (
            "no right given for the line, and the plan has no rights: add the account's "
            "rights to the plan ([[rights]])"
        )
    ids = [r.id for r in plan.rights]
    shown = ", ".join(ids[:5]) + (f" and {len(ids) - 5} more" if len(ids) > 5 else "")
    return (
        f"no right given for the line, and the plan has more than one right ({shown}): name "
        f"the line's in a right column, or one for every line ({_every_line_right()})"
    )


def _every_line_right() -> str:
    """The option that gives every line a right: the command's ``--right``, a Python
    caller's ``Settings(right=...)``."""
    return option_said("--right", "Settings(right=...)")


def _confidence(entry: _Entry, settings: Settings) -> Fraction:
    c = entry[7]
    return settings.assumed_confidence if c is None else c


class _Batch(NamedTuple):
    route: _Route
    order: str
    members: list[_Entry]
    quarantined: bool


def _batch(
    groups: Sequence[_Group], rules: ResolvedRules, settings: Settings, plan: Plan
) -> list[_Batch]:
    """Groups of accepted lines, each a future complaint, in filing order. The groups' lists
    are emptied (their entries are then held by the batches alone, see :func:`_complaints`)."""
    limit = rules.channel(settings.channel.value).max_listings
    assert limit is not None  # a filing channel always has it: the rule book is validated so
    batches: list[_Batch] = []
    if settings.strategy is Strategy.FEWEST:
        for route, order, members in groups:
            batches.extend(
                _Batch(route, order, members[i : i + limit], False)
                for i in range(0, len(members), limit)
            )
            members.clear()
        return batches
    record = settings.track_record
    new_filer = (
        _new_filer(plan, rules)[0] if record is None else plan.account.complaints_filed < record
    )
    large = rules.limits.get("large_batch")
    if new_filer and large is not None:  # below what check warns a new filer about (B18)
        limit = max(1, min(limit, large.value - 1))
    quarantine: list[_Batch] = []
    floor = settings.quarantine_below
    for route, order, members in groups:
        ranked = sorted(members, key=lambda a: (-_confidence(a, settings), a[0]))
        sure = [a for a in ranked if _confidence(a, settings) >= floor]
        unsure = [a for a in ranked if _confidence(a, settings) < floor]
        # a new filer's doubtful lines ramp up too: a group's first complaint may be of them
        for part, out, held in ((sure, batches, False), (unsure, quarantine, True)):
            sizes = iter(settings.ramp if new_filer else ())
            start = 0
            while start < len(part):
                size = min(next(sizes, limit), limit)
                out.append(_Batch(route, order, part[start : start + size], held))
                start += size
        members.clear()
    # surest complaints first (stable)
    batches.sort(key=lambda b: -_mean(map(_CONFIDENCE_OF, b.members), settings))
    return batches + quarantine


def _mean(confidences: Iterable[Fraction | None], settings: Settings) -> Fraction:
    """The mean of ``confidences``, None counting as the assumed confidence."""
    given: list[Any] = list(confidences)
    assumed = given.count(None)  # the lines that give no confidence
    if assumed == len(given):  # none gives one (a plain pile's lines): the assumed, as a Fraction
        return Fraction(settings.assumed_confidence)
    total = sum(filter(_IS_GIVEN, given), Fraction(0))
    return (total + settings.assumed_confidence * assumed) / len(given)


class _Made(NamedTuple):
    planned: PlannedComplaint
    #: the columns of its entries (see :data:`_Entry`): line numbers, ids, extra values,
    #: positions, canonical URLs, texts, form names, confidences, each a tuple in filing
    #: order (see :func:`_complaints`); emptied once its outcomes are made
    columns: list[tuple[Any, ...]]

    @property
    def complaint(self) -> Complaint:
        return self.planned.complaint

    @property
    def lines(self) -> tuple[int, ...]:
        return self.planned.lines


def _complaints(
    batches: Sequence[_Batch], settings: Settings, confident: bool = True
) -> list[_Made]:
    """The complaints of ``batches``; ``confident`` False: no line gave a confidence, so
    each complaint's is the assumed one (:func:`_mean` without its pass over the entries).

    The entries of a batch are read in one pass, into columns (``zip(*members)``: each entry
    is read once, while it is in the caches, not once per column the complaint, its check
    and its outcomes read, each a pass over all the planned entries, by then far out of
    them), and let go at once (the batch's ``members`` emptied: :func:`_batch` left the
    batches their only holders, and :func:`_verify` makes its batches again from the
    columns)."""
    assumed = Fraction(settings.assumed_confidence)
    width = max(3, len(str(len(batches))))
    out = []
    for number, (route, order, members, quarantined) in enumerate(batches, start=1):
        columns = list(zip(*members, strict=True))
        members.clear()
        evidence = ("test_purchase_report",) if order and route.orders else ()
        complaint = Complaint(
            id=f"c{number:0{width}d}",
            platform=route.platform,
            right=route.right.id,
            reason=route.reason.id,
            channel=settings.channel,
            target=route.target,
            listings=columns[4],
            supplement=settings.supplement or _supplement(route),
            evidence=evidence,
            order_number=order or None,
            filing_date=None,
        )
        out.append(
            _Made(
                PlannedComplaint(
                    complaint=complaint,
                    lines=columns[0],
                    quarantined=quarantined,
                    confidence=_mean(columns[7], settings) if confident else assumed,
                ),
                columns,
            )
        )
    return out


def _supplement(route: _Route) -> str:
    right = route.right
    name = right.name or right.id
    number = f", registration {right.number}" if right.number else ""
    return (
        f"{route.reason.label}: these listings infringe our {right.ipr_type.value} "
        f"{name}{number} ({right.place})."
    )


def _verify(
    batches: list[_Batch],
    plan: Plan,
    when: tuple[dt.date, RuleBook, str],
    settings: Settings,
    place: Callable[[_Entry, LineOutcome], object],
    *,
    repeats: bool,
    read: _Read | None = None,
) -> tuple[list[_Made], Report, dict[str, int]]:
    """Check the planned complaints; reject the lines the checks fault, until none is faulted.

    ``when`` is the filing date, the rule book and the interpretation; ``repeats``: some
    listing is planned for two rights (its listings are then checked by parsing them).
    Each round removes at least one line, so this ends; the outcomes of rejected lines are
    given to ``place``, and counted by code in the third value returned. ``read``: what the
    reading loop saw (whether some planned listing may have a short id, see
    :func:`_notes_quiet`; whether some line gives a confidence, see :func:`_complaints`);
    None: unknown, both taken as true.
    """
    day = when[0]
    short, confident = (True, True) if read is None else (read.short, read.confident)
    faulted: dict[str, int] = {}
    while True:
        made = _complaints(batches, settings, confident)
        candidate = attrs.evolve(
            plan, complaints=tuple(m.complaint for m in made), as_of=day, interpretation=when[2]
        )
        report = _check(candidate, None if repeats else made, when, short)
        drop: dict[int, tuple[str, str]] = {}
        for finding in report.findings:
            if finding.severity is not FindingSeverity.ERROR:
                continue
            message = finding.message
            if finding.other_readings:
                message += f" [differs under: {', '.join(finding.other_readings)}]"
            for line_no in _faulted_lines(finding.path, made, plan):
                drop.setdefault(line_no, (f"check:{finding.code}", message))
        if not drop:
            return made, report, faulted
        kept_batches = []
        for batch, one in zip(batches, made, strict=True):  # _complaints emptied the batches
            members = []
            for entry in zip(*one.columns, strict=True):
                found = drop.get(entry[0])
                if found is None:
                    members.append(entry)
                    continue
                code, message = found
                faulted[code] = faulted.get(code, 0) + 1
                place(
                    entry,
                    LineOutcome(entry[0], entry[5], Status.REJECTED, None, None, code, message),
                )
            if members:
                kept_batches.append(batch._replace(members=members))
        batches = kept_batches


def _check(
    candidate: Plan,
    made: Sequence[_Made] | None,
    when: tuple[dt.date, RuleBook, str],
    short: bool = True,
) -> Report:
    """:func:`~ipprules.checks.check` of the planned complaints, reusing the parsed listings.

    The same checks in the same order as the check engine, except that the listings of a
    planned complaint are not parsed again: their findings are read from the listings parsed
    on admission (see :class:`_PlannedListings`), unless ``made`` is None (a listing planned
    for two rights repeats across complaints: every listing is parsed, as the checks do).
    ``tests/planner`` asserts that the report equals ``check(result.plan)``.
    """
    from ipprules.checks.complaints import ComplaintChecker
    from ipprules.checks.engine import report_of

    ctx = _planned_context(candidate, when)
    complaints = ComplaintChecker(ctx)
    if made is not None:
        complaints.listings = _PlannedListings(ctx, made, short)
    return report_of(ctx, complaints)


def _planned_context(candidate: Plan, when: tuple[dt.date, RuleBook, str]) -> Context:
    """``Context(candidate, *when)``, without reading every planned listing again to check
    that it is a string (the planner made each one, a canonical URL: a ``str``): the context
    is made of the plan with each complaint's listings left out, so every other field of the
    plan is checked as ``check`` checks it; the complaints, listings and all, are then put
    back. Nor are the fields of each complaint typed again, one by one
    (:func:`~ipprules.checks.context.typed_record`, about 30 µs a complaint): the planner
    made them of typed values (the rights' ids, the settings' channel and supplement, a
    :class:`Target`, :class:`Document` s, an order number checked a ``str``...), so that
    check finds nothing to change or refuse (``tests/planner/test_planner_typed.py``); the
    context's own checks of a complaint (its class, its enums, its references) still run."""
    bare = tuple(attrs.evolve(c, listings=()) for c in candidate.complaints)
    deque(map(remember_typed, bare), maxlen=0)
    ctx = Context(attrs.evolve(candidate, complaints=bare), *when)
    ctx.plan = attrs.evolve(ctx.plan, complaints=candidate.complaints)
    return ctx


class _PlannedListings(ListingChecker):
    """The listing checks of planned complaints, from the listings parsed on admission.

    A planned listing is the canonical URL of a listing parsed on admission. What the listing
    checks say of it depends only on the form of that canonical URL (platform, marketplace,
    kind: the wrong-platform, wrong-kind and marketplace findings), on its note (which reads
    the form, the id and the extra value) and on repeats, which do not occur when it is used
    (the planner keeps one line per identity, unless a listing is planned for two rights).
    So for each original URL form the canonical URL of one member is parsed, and tells the
    canonical form and what becomes of the extra value (kept, or fixed by the canonical
    host); every member then gets the verdict of the canonical form and the note of its
    canonical listing, built without parsing. A form whose sample does
    not fit that pattern is checked the ordinary way, parsing every URL.

    The entries keep each listing's form name, id, extra value and text, not the listing
    (see ``_Entry``): a sample, and a listing whose note varies, is rebuilt from them.
    """

    __slots__ = ("_forms", "_made", "_short")

    def __init__(self, ctx: Context, made: Sequence[_Made], short: bool = True) -> None:
        super().__init__(ctx)
        self._made = {m.complaint.id: m for m in made}
        #: by the name of the form of the listings as parsed on admission
        self._forms: dict[str, tuple[Form, str | None, bool] | None] = {}
        #: whether some planned listing may have an id shorter than ``SHORT_ITEM_ID`` (False:
        #: none has, as the reading loop saw, so no id is measured again)
        self._short = short

    def _canonical(self, form: Form, sample: Listing) -> tuple[Form, str | None, bool] | None:
        """(canonical form, its fixed extra value, whether the extra value is kept), or None
        when the canonical URL of ``sample`` does not read as expected."""
        if form.name in self._forms:
            return self._forms[form.name]
        again = parse_listing(sample.canonical_url)
        found: tuple[Form, str | None, bool] | None = None
        if (
            type(again) is Listing
            and again.identity == sample.identity
            and again[1] == sample[1]
            and again.canonical_url == sample.canonical_url
        ):
            other = again.form
            if again[2] == sample[2]:
                found = (other, None, True)
            elif other.x_name == "region":  # read from the canonical host: the same for all
                found = (other, again[2], False)
        self._forms[form.name] = found
        return found

    def forms_of(self, complaint: Complaint) -> list[Form | None]:
        """The canonical form of each listing of a planned complaint, without parsing (the
        other readings compare them); other complaints are parsed."""
        one = self._made.get(complaint.id)
        if one is None or one.complaint is not complaint:
            return super().forms_of(complaint)
        found = list(map(self._forms.get, one.columns[6]))  # by the names of their forms
        if None in found:  # some form is checked the ordinary way: parsed
            return super().forms_of(complaint)
        return list(map(_FORM_OF, found))  # type: ignore[arg-type]

    def check(self, at: str, rules: ResolvedRules, complaint: Complaint) -> Iterator[Finding]:
        one = self._made.get(complaint.id)
        if one is None or one.complaint is not complaint:
            yield from super().check(at, rules, complaint)
            return
        _lines, ids, xs, _positions, _canonical, texts, names, _confidences = one.columns
        # by form name: (canonical form, its fixed extra value, whether the extra value is
        # kept, its verdict, whether the listing as parsed reads as its canonical listing,
        # whether the note reads the listing); each form's first listing is its sample
        forms: dict[str, tuple[Form, str | None, bool, list[Draft], bool, bool]] = {}
        first = dict(zip(reversed(names), range(len(names) - 1, -1, -1), strict=True))
        for name, at_j in first.items():
            sample = Listing((form_named(name), ids[at_j], xs[at_j], texts[at_j]))
            canonical = self._canonical(sample[0], sample)
            if canonical is None:
                yield from super().check(at, rules, complaint)
                return
            other, x, kept = canonical
            drafts = _verdict(rules, other, complaint.platform, complaint.target)
            same = kept and other is sample[0]
            forms[name] = (other, x, kept, drafts, same, note_varies(other))
        self.forms[at] = {f[0]: f[3] for f in forms.values()}
        urls = complaint.listings
        # an id split by white space (?id=606832683 299) has a note in any form (split_id);
        # one search of the lines joined (no line break splits an id), if it may find one
        joined = "\n".join(urls)
        split = _may_split(joined) and split_text(joined)
        # the forms whose listings have no finding of their own: no verdict and no note
        quiet = {n for n, f in forms.items() if not (f[3] or f[5] or f[0].note or split)}
        if not split and (
            len(quiet) == len(forms) or _notes_quiet(forms, names, ids, xs, self._short)
        ):
            return
        finding = self.ctx.finding
        note_of = _NOTE
        for j, name in enumerate(names):
            if name in quiet:
                continue
            other, x, kept, drafts, same, varies = forms[name]
            if drafts:
                for code, message, records in drafts:
                    yield finding(code, f"{at}.listings[{j}]", message, *records)
            if not (varies or split):
                note = other.note
            else:  # the note reads the form, the id, the extra value and the text
                note = note_of(  # the text as the plan lists it, which check reads
                    Listing((other, ids[j], xs[j], urls[j]))
                    if same
                    else Listing((other, ids[j], xs[j] if kept else x, urls[j]))
                )
            if note:
                yield finding("listing-note", f"{at}.listings[{j}]", note)


def _may_split(text: str) -> bool:
    """Whether :func:`~ipprules.listings.model.split_text` may find an id split by white
    space in ``text``: False for an ASCII text holding no space and no tab, the only ASCII
    white space it looks for. Its search is a regular expression starting with a digit, so it
    stops at every digit of every listing (about 0.03 s of the 200,000-line benchmark's
    complaints); ``isascii`` and two ``in`` tests read the text in C at memory speed.

    >>> _may_split("https://item.taobao.com/item.htm?id=606832683299")
    False
    >>> _may_split("https://item.taobao.com/item.htm?id=606832683 299")
    True
    """
    return not text.isascii() or " " in text or "\t" in text


def _notes_quiet(
    forms: Mapping[str, tuple[Form, str | None, bool, list[Draft], bool, bool]],
    names: Sequence[str],
    ids: Sequence[str],
    xs: Sequence[str | None],
    short: bool = True,
) -> bool:
    """Whether no listing of a planned complaint has a finding of its own, told without a
    loop over them in Python: no form has a verdict or a note of its own, and no listing has
    what makes :attr:`Listing.note` differ from its form's (an item id shorter than 9
    characters in a form of items, or the region ``ru``, kept from the URL or fixed by the
    canonical host, in a form of regions). ``forms`` is what :meth:`_PlannedListings.check`
    builds (canonical form, its fixed extra value, whether the extra value is kept, its
    verdict, ...) by the name of the form of the listings as parsed, ``names`` those names
    listing by listing, ``ids`` and ``xs`` their ids and extra values (columns of the
    entries, see :func:`_complaints`); ``short`` False: no listing has an id shorter
    than that (the ids are then not measured). False (also when unsure) sends the complaint
    through the loop over its listings, which then finds what there is."""
    items = False  # whether some form reads an item id
    regions = []  # (name, NOTED_REGION) of each form that keeps the region of the URL
    for name, (other, x, kept, drafts, _same, _varies) in forms.items():
        if drafts or other.note is not None:
            return False
        items = items or other.id_type == "item"
        if other.x_name == "region":
            if kept:
                regions.append((name, NOTED_REGION))
            elif x == NOTED_REGION:
                return False
    if regions and NOTED_REGION in xs:
        pairs = set(zip(names, xs, strict=True))  # (form name, value) met
        if not pairs.isdisjoint(regions):
            return False
    return not items or not short or min(map(len, ids)) >= SHORT_ITEM_ID


def _faulted_lines(path: str, made: Sequence[_Made], plan: Plan) -> Iterator[int]:
    """The input lines an error at ``path`` faults: one listing, a complaint, a right's
    complaints, or (account-level errors) every line."""
    m = _COMPLAINT_PATH.match(path)
    if m is not None:
        planned = made[int(m.group(1))]
        if m.group(2) is not None:
            yield planned.lines[int(m.group(2))]
        else:
            yield from planned.lines
        return
    r = _RIGHT_PATH.match(path)
    right_id = plan.rights[int(r.group(1))].id if r is not None else None
    for one in made:
        if right_id is None or one.complaint.right == right_id:
            yield from one.lines
