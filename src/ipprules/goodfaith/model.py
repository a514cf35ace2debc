"""The Good Faith model: history records and the value classes of standings and timelines.

The bottom of :mod:`ipprules.goodfaith`: it imports nothing from the package but the
renderers (:mod:`ipprules.goodfaith.render`, which takes plain values and imports nothing
back, and :mod:`ipprules.goodfaith.text`, which reads a result's attributes and imports only
the former). Readers (:mod:`~ipprules.goodfaith.history`), the engine, the sweep, the standing
and the timeline are built on top of it.

>>> c = Complaint(filed=dt.date(2023, 1, 5), platform="taobao", reason_code="X",
...               listings=3, taken_down=2, rejected=1, id="C-1", account="acme")
>>> c.as_row()
(738525, 'taobao', 'X', 2, 1, 0, 0, 0)
>>> Complaint(filed=dt.date(2023, 1, 5), platform="taobao", reason_code="X", listings=3)
Traceback (most recent call last):
...
ipprules.errors.InputError: $.listings: taken_down + rejected + withdrawn + pending = 0, not ...
"""

from __future__ import annotations

import datetime as dt
import functools
import operator
from collections.abc import Iterator, Mapping, Sequence
from fractions import Fraction
from typing import Any, Literal

import attrs

from ipprules._dates import date_field, rulebook_keys
from ipprules._frames import rate_fields, to_frame
from ipprules._table import reading_label
from ipprules._typed import check_types, read_only, refuse_below, refuse_lone_strs
from ipprules._vocab import NamedEnum
from ipprules.errors import InputError, UnknownNameError, plain, shown_value
from ipprules.goodfaith.render import CriterionRow, percent, standing_html, timeline_svg
from ipprules.rulebook.categories import interpretations

__all__ = [
    "CSV_COLUMNS",
    "MAX_LISTINGS",
    "AccountEvent",
    "Complaint",
    "Criterion",
    "EventKind",
    "Headroom",
    "MembershipChange",
    "OutcomeRow",
    "PathToQualify",
    "ReasonCodeStanding",
    "Standing",
    "Timeline",
    "TimelineDay",
    "WhatIf",
    "WindowCounts",
]

#: The compact form of a complaint the engine works on:
#: ``(filed day ordinal, platform, reason code, taken_down, rejected, withdrawn, pending,
#: reinstated)``.
OutcomeRow = tuple[int, str, str, int, int, int, int, int]

#: The columns of a history file (CSV header names; JSON Lines keys, plus ``items``).
CSV_COLUMNS: tuple[str, ...] = (
    "type",
    "date",
    "account",
    "id",
    "platform",
    "reason_code",
    "listings",
    "taken_down",
    "rejected",
    "withdrawn",
    "pending",
    "reinstated",
    "counter_rejected",
    "note",
)
COUNTS = ("taken_down", "rejected", "withdrawn", "pending", "reinstated", "counter_rejected")
COMPLAINT_ONLY = ("id", "platform", "reason_code", "listings", *COUNTS)

#: The most listings one complaint may hold in a history (larger counts are refused as
#: absurd: the portal takes 300 listings a complaint).
MAX_LISTINGS = 100_000


class EventKind(NamedEnum):
    """What happened to the account.

    >>> from ipprules.goodfaith import EventKind
    >>> EventKind("abuse")
    <EventKind.ABUSE: 'abuse'>
    >>> [m.value for m in EventKind]
    ['abuse', 'withdrawal', 'removal', 'declaration', 'admission']
    """

    ABUSE = "abuse"
    """A finding that the account filed abusive (bad-faith) complaints."""
    WITHDRAWAL = "withdrawal"
    """The account left the programme voluntarily (R73)."""
    REMOVAL = "removal"
    """The account was removed from the programme (R71)."""
    DECLARATION = "declaration"
    """The account signed the Good Faith declaration (R68)."""
    ADMISSION = "admission"
    """The account was admitted to the programme."""


def check_counts(
    listings: int, td: int, rj: int, wd: int, pd: int, ri: int, cr: int
) -> tuple[str, str] | None:
    """``(column, message)`` of the first inconsistency of a complaint's counts, or None.

    >>> check_counts(3, 2, 1, 0, 0, 0, 0) is None
    True
    >>> column, message = check_counts(2, 2, 0, 0, 0, 1, 2)
    >>> column, message.split(" (")[0]
    ('reinstated', 'reinstated + counter_rejected = 3 exceeds taken_down = 2')
    >>> message.split(" (")[1]
    'a taken-down listing counts once, by its last counter-notice: upheld or rejected)'
    """
    for name, value in zip(COUNTS, (td, rj, wd, pd, ri, cr), strict=True):
        if value < 0:
            return name, f"{name} may not be negative, got {shown_value(value)}"
        if value > MAX_LISTINGS:
            return name, f"{name} may not exceed {MAX_LISTINGS:,}, got {shown_value(value)}"
    if listings < 1:
        return "listings", f"listings must be at least 1, got {shown_value(listings)}"
    if listings > MAX_LISTINGS:
        return "listings", f"listings may not exceed {MAX_LISTINGS:,}, got {shown_value(listings)}"
    if td + rj + wd + pd != listings:
        return (
            "listings",
            f"taken_down + rejected + withdrawn + pending = {td + rj + wd + pd}, "
            f"not listings = {listings}",
        )
    if ri + cr > td:
        return "reinstated", (
            f"reinstated + counter_rejected = {ri + cr} exceeds taken_down = {td} (a taken-down "
            "listing counts once, by its last counter-notice: upheld or rejected)"
        )
    return None


def _filed(value: dt.date | str) -> dt.date:
    # a date (a hot path: millions of rows) costs one type check
    return value if type(value) is dt.date else date_field(value, "filed")


def _event_date(value: dt.date | str) -> dt.date:
    return value if type(value) is dt.date else date_field(value, "date")


def _event_kind(value: EventKind | str) -> EventKind:
    """The kind as an :class:`EventKind`: its name (``"abuse"``, as a history file spells it)
    is that kind, so the standing's criteria, which compare kinds by identity, see it."""
    if isinstance(value, EventKind):
        return value
    if not isinstance(value, str):
        raise TypeError(f"kind: expected an EventKind or its name, got {type(value).__name__}")
    try:
        return EventKind(value)
    except ValueError:
        raise UnknownNameError("event kind", value, [k.value for k in EventKind]) from None


def type_and_value(value: object) -> str:
    """A value of the wrong type as a message shows it: its type and value (``float 5.0``,
    ``str '5'``), ``bool`` or ``None`` alone, an int too long to write by its digits.

    >>> type_and_value(5.0), type_and_value(True), type_and_value(None), type_and_value(10**5000)
    ('float 5.0', 'bool', 'None', 'an int of 5,001 digits')
    """
    if value is None or isinstance(value, bool):
        return repr(value) if value is None else "bool"
    shown = shown_value(value)
    return shown if shown.startswith("an int of ") else f"{type(value).__name__} {shown}"


def _float_hint(value: object) -> str:
    """What a count given as a float says (``10.0``, ``nan``): pandas makes an integer column
    that holds a gap floats, and ``to_dict('records')`` hands them on; ``""`` otherwise."""
    if not isinstance(value, float):
        return ""
    return (
        " (pandas makes a column of counts that holds a gap floats: fill the gaps and make "
        "the column whole numbers first, df[column] = df[column].fillna(0).astype(int))"
    )


def _check_fields(complaint: Complaint) -> None:
    """Refuse a :class:`Complaint` field of the wrong type, naming it (a count that is not an
    int: a bool, a float such as ``5.0`` or ``nan``, a str; a platform or reason code that is
    not a str; an id or account that is not a str), or an empty platform or reason code
    (InputError at its path). An integer of another type (``numpy.int64``, an ``IntEnum``)
    is kept as the int it stands for.
    """
    for name in ("listings", *COUNTS):
        value = getattr(complaint, name)
        if type(value) is int:
            continue
        if isinstance(value, bool | float) or not hasattr(value, "__index__"):
            raise TypeError(
                f"{name} must be an int, got {type_and_value(value)}{_float_hint(value)}"
            )
        try:
            number = operator.index(value)
        except Exception:  # an __index__ that fails: the value is no integer
            raise TypeError(f"{name} must be an int, got {type(value).__name__}") from None
        object.__setattr__(complaint, name, number)  # frozen: set once, before any use
    for name in ("platform", "reason_code"):
        value = getattr(complaint, name)
        if not isinstance(value, str):
            raise TypeError(f"{name} must be a str, got {type_and_value(value)}")
        if not value:
            raise InputError(f"{name} may not be empty", path=f"$.{name}")
        if type(value) is not str:  # frozen: set once, before any use
            object.__setattr__(complaint, name, plain(value))  # no subclass's __hash__ later
    _check_strs(complaint, ("id", "account"))


def _check_strs(record: object, names: tuple[str, ...]) -> None:
    """Refuse a field of ``record`` named in ``names`` that is no str (``None`` is no empty
    id or account: it was read as the file's only account), naming it; a str subclass is
    kept as its characters (its own ``__eq__`` and ``__hash__`` are never called later)."""
    for name in names:
        value = getattr(record, name)
        if not isinstance(value, str):
            raise TypeError(f"{name} must be a str, got {type_and_value(value)}")
        if type(value) is not str:  # frozen: set once, before any use
            object.__setattr__(record, name, plain(value))


@attrs.frozen(kw_only=True)
class Complaint:
    """One complaint and what became of its listings.

    ``account`` names the filing account in a history that holds several (``""``:
    the file's only account); ``id`` and ``counter_rejected`` are kept as read but
    do not change a standing.

    >>> from ipprules.goodfaith import Complaint
    >>> complaint = Complaint(filed="2023-03-01", platform="taobao",
    ...                       reason_code="tm_counterfeit", listings=10, taken_down=9, rejected=1)
    >>> complaint.filed, complaint.as_row()
    (datetime.date(2023, 3, 1), (738580, 'taobao', 'tm_counterfeit', 9, 1, 0, 0, 0))
    >>> Complaint(filed="2023-03-01", platform="taobao", reason_code="tm_counterfeit",
    ...           listings=1, taken_down=2)
    Traceback (most recent call last):
    ...
    ipprules.errors.InputError: ...
    """

    filed: dt.date = attrs.field(converter=_filed)
    platform: str
    reason_code: str
    listings: int
    taken_down: int = 0
    rejected: int = 0
    withdrawn: int = 0
    pending: int = 0
    reinstated: int = 0
    counter_rejected: int = 0
    id: str = ""
    account: str = ""

    def __attrs_post_init__(self) -> None:
        if not (  # the common record, at the cost of a few type checks (a hot path)
            type(self.listings) is int
            and type(self.taken_down) is int
            and type(self.rejected) is int
            and type(self.withdrawn) is int
            and type(self.pending) is int
            and type(self.reinstated) is int
            and type(self.counter_rejected) is int
            and type(self.platform) is str
            and type(self.reason_code) is str
            and type(self.id) is str
            and type(self.account) is str
            and self.platform
            and self.reason_code
        ):
            _check_fields(self)
        counts = (
            self.listings,
            self.taken_down,
            self.rejected,
            self.withdrawn,
            self.pending,
            self.reinstated,
            self.counter_rejected,
        )
        problem = check_counts(*counts)
        if problem is not None:
            raise InputError(problem[1], path=f"$.{problem[0]}")

    def as_row(self) -> OutcomeRow:
        """The compact tuple the engine counts (see :data:`OutcomeRow`)."""
        return (
            self.filed.toordinal(),
            self.platform,
            self.reason_code,
            self.taken_down,
            self.rejected,
            self.withdrawn,
            self.pending,
            self.reinstated,
        )


@attrs.frozen(kw_only=True)
class AccountEvent:
    """Something that happened to the account on a date (``account`` as in :class:`Complaint`).

    >>> from ipprules.goodfaith import AccountEvent, EventKind
    >>> event = AccountEvent(date="2023-01-02", kind=EventKind.DECLARATION, note="signed")
    >>> event.date, event.kind, event.note
    (datetime.date(2023, 1, 2), <EventKind.DECLARATION: 'declaration'>, 'signed')
    """

    date: dt.date = attrs.field(converter=_event_date)
    kind: EventKind = attrs.field(converter=_event_kind)
    note: str = ""
    account: str = attrs.field(default="", repr=False)

    def __attrs_post_init__(self) -> None:
        if not (type(self.note) is str and type(self.account) is str):
            _check_strs(self, ("note", "account"))


# --------------------------------------------------------------------- standing


@functools.cache
def _category_values() -> dict[str, tuple[str, ...]]:
    """Every value each categorical column of a standing, what-if or timeline frame can take
    (from the embedded rule book), so the frames of two calls concatenate as categories."""
    from ipprules.rulebook import default_rulebook
    from ipprules.rulebook.model import Comparison

    book = default_rulebook()
    metrics: tuple[Any, ...] = book.records("metrics")
    versions = sorted({getattr(r, "version", "") for r in book.records("good_faith")})
    return {
        "when": ("before", "after"),
        "version": tuple(versions),
        "interpretation": interpretations(),
        "criterion": (*dict.fromkeys(m.metric for m in metrics), "declaration", "no_abuse"),
        "reason_code": tuple(dict.fromkeys(r.id for r in book.records("reason_codes"))),
        "metric": tuple(dict.fromkeys(m.id for m in metrics)),
        "comparison": tuple(c.value for c in Comparison),
    }


def _frame(records: list[dict[str, Any]], **columns: Any) -> Any:
    """The records as a DataFrame (pandas is imported by :mod:`ipprules._frames` on use);
    the ``categories`` named are declared with every value they can take."""
    values = _category_values()
    columns["categories"] = {name: values[name] for name in columns.get("categories", ())}
    return to_frame(records, **columns)


#: What every record of a result says about how it was reached (its JSON says it once).
_PROVENANCE = frozenset({"interpretation", "rulebook"})


def _without(record: dict[str, Any], keys: frozenset[str]) -> dict[str, Any]:
    return {k: v for k, v in record.items() if k not in keys}


@attrs.frozen(kw_only=True)
class Criterion:
    """One criterion on one date: the value, the threshold, met or not, and the margin.

    ``margin`` is measured towards the passing side (value minus threshold for
    ``>``/``>=``, threshold minus value for ``<``/``<=``): a strict comparison
    needs a margin above 0, an inclusive one a margin of at least 0.
    ``headroom`` is how many more adverse events (failed takedowns for the
    takedown rate, successful counter-notices for the counter-notice rate) it
    absorbs and still passes (0 when it fails now; ``None``: no limit).
    ``needed`` is the fewest successful takedowns (complaints, for the volume)
    that make it pass (0 when it passes; ``None``: no number would).
    ``other_readings`` names the other interpretations of the rule book under which this
    criterion's verdict differs: it is met there while it fails here (or the other way
    round), or it is no criterion at all there (the official wording has no declaration and
    no volume floor after 2018). Where both readings fail it (or both pass) it is not named,
    though its figures may differ there (``value``: R91 counts a reinstated listing as
    removed, B16 does not; ``needed``: "more than 100" and "at least 100" differ by one).

    >>> import ipprules
    >>> history = ipprules.History.from_file("examples/history.csv")
    >>> standing = ipprules.standing(history, "2022-12-31")
    >>> rate = standing.criterion("takedown_rate")
    >>> rate.value, rate.threshold, rate.met, rate.headroom, rate.needed
    (Fraction(1521, 1588), Fraction(9, 10), True, 203, 0)
    """

    name: str
    reason_code: str | None = None
    metric: str | None = None
    unit: str | None = None
    value: Fraction | None = None
    numerator: int | None = None
    denominator: int | None = None
    threshold: Fraction | None = None
    comparison: Any = None
    """The :class:`~ipprules.rulebook.model.Comparison` (``None`` for yes/no criteria)."""
    met: bool
    assessed: bool = True
    margin: Fraction | None = None
    headroom: int | None = None
    needed: int | None = None
    note: str = ""
    other_readings: tuple[str, ...] = ()

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a wrong type is a TypeError naming the field

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (exact numbers as strings), as ``Standing.to_dict()`` gives
        each criterion.

        >>> import ipprules
        >>> history = ipprules.History.from_file("examples/history.csv")
        >>> data = ipprules.standing(history, "2022-12-31").criterion("takedown_rate").to_dict()
        >>> data["value"], data["threshold"], data["comparison"], data["met"]
        ('1521/1588', '0.9', '>', True)
        """
        from ipprules._convert import unstructure

        data: dict[str, Any] = unstructure(self)
        return data

    #: The same as :meth:`to_dict`.
    as_dict = to_dict


@attrs.frozen(kw_only=True)
class Headroom:
    """What the account can still absorb before it fails a criterion (``None``: no limit).

    For the account (:attr:`Standing.headroom`) from the 2022 version on (R75: every reason
    code must pass too) it is the smallest of the account's and of every reason code's with
    complaints in the window, so the events may land in any of those codes; a failure in a
    reason code with no complaint in the window fails that code at once.

    >>> import ipprules
    >>> history = ipprules.History.from_file("examples/history.csv")
    >>> standing = ipprules.standing(history, "2022-12-31")
    >>> standing.headroom
    Headroom(failures=29, counter_notices=13)
    """

    failures: int | None
    counter_notices: int | None

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a NaN, a float or a bool is no count: a TypeError naming the field
        refuse_below(self, 0, "failures", "counter_notices")


@attrs.frozen(kw_only=True)
class ReasonCodeStanding:
    """The rate criteria of one reason code (from the 2022 version, R75).

    >>> import ipprules
    >>> history = ipprules.History.from_file("examples/history.csv")
    >>> standing = ipprules.standing(history, "2022-12-31")
    >>> code = standing.reason_codes[0]
    >>> code.reason_code, code.complaints, code.met, code.successes_needed
    ('cr_copied_content', 17, True, 0)
    >>> [c.name for c in code.criteria]
    ['takedown_rate', 'counter_notice_rate']
    """

    reason_code: str
    complaints: int
    criteria: tuple[Criterion, ...]
    met: bool
    headroom: Headroom
    successes_needed: int | None

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a NaN, a float or a bool is no count: a TypeError naming the field
        refuse_below(self, 0, "complaints", "successes_needed")


@attrs.frozen(kw_only=True)
class PathToQualify:
    """What it takes to qualify, other things equal.

    ``successes``: the fewest successful takedowns (in the takedown-rate metric's
    unit) after which every rate passes, overall and per reason code (``None``: no
    number would, or no number admits the account: an abuse finding bars it for good).
    ``volume``: complaints (or listings) still missing under a volume floor (``None``
    when an abuse finding bars admission for good). ``failures_clear_on``: the first date
    on which every failure now in the window (rejected or reinstated item) has left it.
    ``rates_pass_on``: when the rates fail now, the first date after ``as_of`` on which,
    with nothing more filed, every rate passes (``None`` if they pass now or never will;
    rates with nothing left to count do not pass). ``rates_outlook`` tells those two
    ``None`` apart: ``"pass"`` (the rates pass on ``as_of``), ``"pass_later"`` (they fail
    now and pass on ``rates_pass_on``) or ``"never"`` (they fail now and, with nothing more
    filed, pass on no later day: only more successful takedowns make them pass); ``None``
    where no criteria apply (before the programme). ``rates_fail_on``: when the rates pass
    now, the first date after ``as_of`` on which, with nothing more filed, they fail, each
    day judged under the criteria in force on it (successes leave the window before
    failures do, the next criteria judge otherwise, or nothing is left to count); ``None``
    when they fail now.

    ``abuse_bar``: the date of the abuse finding that bars admission under this reading
    (the latest one counted; ``None`` when none does). ``abuse_clears_on``: the first day it
    no longer counts, where the reading counts it over the window only (the official
    lock-outs, R69, R82); ``None`` where the reading counts it for good (the brief's "no
    record of abusive complaints", B21): then no number of complaints admits the account,
    and ``qualify_under`` names the other readings under which it could qualify (where the
    finding counts only while it is in the window).

    >>> import ipprules
    >>> history = ipprules.History.from_file("examples/history.csv")
    >>> standing = ipprules.standing(history, "2022-12-31")
    >>> path = standing.path
    >>> path.successes, path.volume, path.failures_clear_on, path.barred
    (0, 0, datetime.date(2023, 3, 31), False)
    >>> path.rates_outlook, path.rates_pass_on, path.rates_fail_on
    ('pass', None, datetime.date(2023, 3, 22))
    """

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a NaN, a float or a bool is no count; a lone str no tuple
        refuse_below(self, 0, "successes", "volume")

    successes: int | None
    volume: int | None
    declaration_missing: bool
    locked_until: dt.date | None
    failures_clear_on: dt.date | None
    rates_pass_on: dt.date | None
    rates_outlook: Literal["pass", "pass_later", "never"] | None = None
    rates_fail_on: dt.date | None = None
    abuse_bar: dt.date | None = None
    abuse_clears_on: dt.date | None = None
    qualify_under: tuple[str, ...] = ()

    @property
    def barred(self) -> bool:
        """Whether an abuse finding bars admission for good under this reading."""
        return self.abuse_bar is not None and self.abuse_clears_on is None


@attrs.frozen(kw_only=True)
class WindowCounts:
    """Counters over the window, per listing and per complaint.

    >>> import ipprules
    >>> history = ipprules.History.from_file("examples/history.csv")
    >>> standing = ipprules.standing(history, "2022-12-31")
    >>> standing.counts.listings["taken_down"], standing.counts.complaints["submitted"]
    (3071, 171)
    """

    listings: Mapping[str, int] = attrs.field(converter=read_only)
    complaints: Mapping[str, int] = attrs.field(converter=read_only)

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a wrong type is a TypeError naming the field

    def __hash__(self) -> int:
        """By value (the counters are read-only mappings: a change would change the hash of
        a standing held in a set): a standing hashes equal to its copy."""
        return hash((frozenset(self.listings.items()), frozenset(self.complaints.items())))


_CRITERION_COLUMNS = {
    "columns": (
        "as_of",
        "version",
        "interpretation",
        "rulebook",
        "criterion",
        "reason_code",
        "metric",
        "value",
        "value_float",
        "numerator",
        "denominator",
        "comparison",
        "threshold",
        "threshold_float",
        "met",
        "margin",
        "margin_float",
        "headroom",
        "needed",
        "other_readings",
    ),
    "ints": ("numerator", "denominator", "headroom", "needed"),
    "bools": ("met",),
    "dates": ("as_of",),
    "texts": ("rulebook",),
    "lists": ("other_readings",),
    "floats": ("value_float", "threshold_float", "margin_float"),
    "categories": (
        "version",
        "interpretation",
        "criterion",
        "reason_code",
        "metric",
        "comparison",
    ),
}


@attrs.frozen(kw_only=True, repr=False)
class Standing:
    """An account's Good Faith standing on one date, under the rules then in force.

    >>> import ipprules
    >>> s = ipprules.standing(ipprules.History.from_file("examples/history.csv"), "2023-03-31")
    >>> s
    Standing(as_of=2023-03-31, version='2022', qualifies=False, member=False, takedown_rate=87.79%)
    >>> s.interpretation, s.rulebook
    ('brief', 'ipprules embedded rule book 2026.11.23')
    """

    as_of: dt.date
    interpretation: str
    trial: bool | tuple[int, ...]
    """Whether the account was in the upgrade trials: all, none, or the years they began."""
    version: str | None
    window_months: int | None
    window_from: dt.date | None
    counts: WindowCounts
    criteria: tuple[Criterion, ...]
    reason_codes: tuple[ReasonCodeStanding, ...]
    qualifies: bool
    member: bool
    member_since: dt.date | None
    locked_until: dt.date | None
    headroom: Headroom
    path: PathToQualify
    notes: tuple[str, ...] = ()
    rule: str | None = None
    """The id of the Good Faith criteria record in force (``None`` before the programme)."""
    rule_ids: tuple[str, ...] = ()
    """The rules that record rests on (``B21``, ``R71``, ``D1``...), as every other answer
    cites them; empty before the programme."""
    sources: tuple[str, ...] = ()
    """The sources of that record (``BRIEF``, ``S12``...)."""
    confidence: str | None = None
    """How sure that record is (``brief``, ``official``...; ``None`` before the programme)."""
    other_readings: tuple[str, ...] = ()
    """The other interpretations under which the account would qualify or not, or be a
    member or not, otherwise than here (each criterion names its own)."""
    rulebook: str = ""
    """The name and version of the rule book that answered (:attr:`RuleBook.label
    <ipprules.rulebook.RuleBook.label>`), as a check's :attr:`Report.rulebook
    <ipprules.checks.Report.rulebook>`: with ``interpretation`` and ``trial``, what a user
    needs to reproduce the answer."""
    rulebook_version: str | None = None
    """That rule book's version (:attr:`RuleBook.version
    <ipprules.rulebook.RuleBook.version>`, ``2026.11.23``; not :attr:`version`, the Good Faith
    criteria's); ``to_dict()`` gives it, and the date it names as ``rulebook_date``."""

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a wrong type is a TypeError naming the field

    def criterion(self, name: str, reason_code: str | None = None) -> Criterion:
        """The criterion called ``name`` (overall, or for one reason code).

        Raises :class:`~ipprules.errors.UnknownNameError` (with the nearest name) when
        there is no such criterion: there is none at all before the programme existed (see
        :attr:`version`), and a reason code has criteria of its own only under a version
        that assesses each code (from 2022, R75) and only when it has complaints in the
        window (see :attr:`reason_codes`). A name that is not a ``str`` is a ``TypeError``.

        >>> import ipprules
        >>> history = ipprules.History.from_file("examples/history.csv")
        >>> rate = ipprules.standing(history, "2023-03-31").criterion("takedown_rate")
        >>> rate.value, rate.met
        (Fraction(1747, 1990), False)
        """
        if not isinstance(name, str):
            raise TypeError(f"name must be a str, got {type(name).__name__}")
        name = plain(name)  # a subclass's own __eq__ is not called
        pool = self.criteria
        if reason_code is not None:
            pool = self._code_criteria(reason_code)
        for c in pool:
            if c.name == name:
                return c
        where = "" if reason_code is None else f" of reason code {reason_code!r}"
        note = "" if self.version else f"no Good Faith programme on {self.as_of}"
        raise UnknownNameError(f"criterion{where}", name, [c.name for c in pool], note=note)

    def _code_criteria(self, reason_code: object) -> tuple[Criterion, ...]:
        """The criteria of one reason code assessed in this standing, or UnknownNameError."""
        if not isinstance(reason_code, str):
            raise TypeError(f"reason_code must be a str or None, got {type(reason_code).__name__}")
        reason_code = plain(reason_code)
        for r in self.reason_codes:
            if r.reason_code == reason_code:
                return r.criteria
        window = f" (from {self.window_from})" if self.window_from else ""
        raise UnknownNameError(
            f"reason code with complaints in the window{window}",
            reason_code,
            [r.reason_code for r in self.reason_codes],
            note="only those have criteria of their own, and only under a version of the "
            "criteria that assesses each code (from 2022, R75)",
        )

    def text(self) -> str:
        """The standing as ``ipprules good-faith`` prints it; ``str(standing)`` and
        ``print(standing)`` give the same (the repr stays one line).

        >>> import ipprules
        >>> history = ipprules.History.from_file("examples/history.csv")
        >>> print(ipprules.standing(history, "2022-12-31").text().splitlines()[1])
          QUALIFIES; member since 2022-10-30
        """
        from ipprules.goodfaith.text import standing_text

        return standing_text(self)

    def __str__(self) -> str:
        return self.text()

    def __repr__(self) -> str:
        rate = next((c.value for c in self.criteria if c.name == "takedown_rate"), None)
        return (
            f"Standing(as_of={self.as_of.isoformat()}, version={self.version!r}, "
            f"qualifies={self.qualifies}, member={self.member}, "
            f"takedown_rate={percent(rate)})"
        )

    def _iter_criteria(self) -> Iterator[Criterion]:
        yield from self.criteria
        for r in self.reason_codes:
            yield from r.criteria

    def to_records(self) -> list[dict[str, Any]]:
        """One plain dict per criterion (overall, then per reason code).

        Dates are :class:`datetime.date`; rates and margins exact :class:`Fraction`
        with a float beside them (``value_float``, ``threshold_float``, ``margin_float``).

        >>> import ipprules
        >>> history = ipprules.History.from_file("examples/history.csv")
        >>> first = ipprules.standing(history, "2023-03-31").to_records()[0]
        >>> first["criterion"], first["value"], first["met"], first["headroom"]
        ('takedown_rate', Fraction(1747, 1990), False, 0)
        """
        return [
            {
                "as_of": self.as_of,
                "version": self.version,
                "interpretation": self.interpretation,
                "rulebook": self.rulebook,
                "criterion": c.name,
                "reason_code": c.reason_code,
                "metric": c.metric,
                **rate_fields("value", c.value),
                "numerator": c.numerator,
                "denominator": c.denominator,
                "comparison": None if c.comparison is None else c.comparison.value,
                **rate_fields("threshold", c.threshold),
                "met": c.met,
                **rate_fields("margin", c.margin),
                "headroom": c.headroom,
                "needed": c.needed,
                "other_readings": list(c.other_readings),
            }
            for c in self._iter_criteria()
        ]

    def to_frame(self) -> Any:
        """:meth:`to_records` as a :class:`pandas.DataFrame` (needs the ``pandas`` extra)."""
        return _frame(self.to_records(), **_CRITERION_COLUMNS)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (exact numbers as strings), as ``ipprules good-faith
        --format json`` prints it.

        >>> import ipprules
        >>> history = ipprules.History.from_file("examples/history.csv")
        >>> data = ipprules.standing(history, "2023-03-31").to_dict()
        >>> data["as_of"], data["qualifies"], data["rulebook"]
        ('2023-03-31', False, 'ipprules embedded rule book 2026.11.23')
        >>> data["rulebook_version"], data["rulebook_date"]
        ('2026.11.23', '2026-11-23')
        """
        from ipprules._convert import unstructure

        data: dict[str, Any] = unstructure(self)
        data.update(rulebook_keys(self.rulebook_version))
        return data

    #: The same as :meth:`to_dict` (``as_dict()`` is what the checks' and coverage's
    #: results call it; both names work on every result).
    as_dict = to_dict

    def _render_rows(self) -> list[CriterionRow]:
        return [
            CriterionRow(
                scope=c.reason_code or "overall",
                name=c.name,
                value=c.value,
                threshold=c.threshold,
                comparison=None if c.comparison is None else str(c.comparison.value),
                met=c.met,
                headroom=c.headroom,
                needed=c.needed,
                other_readings=c.other_readings,
            )
            for c in self._iter_criteria()
        ]

    def _repr_html_(self) -> str:
        return standing_html(
            as_of=self.as_of,
            version=self.version,
            interpretation=self.interpretation,
            qualifies=self.qualifies,
            member=self.member,
            locked_until=self.locked_until,
            rows=self._render_rows(),
            notes=self.notes,
            other_readings=self.other_readings,
            trial=self.trial,
            cited=(self.rule_ids, self.sources, self.confidence),
            rulebook=self.rulebook,
        )


@attrs.frozen(kw_only=True, repr=False)
class WhatIf:
    """The standing before and after a planned batch.

    >>> import ipprules
    >>> history = ipprules.History.from_file("examples/history.csv")
    >>> ipprules.what_if(history, "examples/what-if.toml", "2022-12-31")
    WhatIf(as_of=2022-12-31, added=2, qualifies True -> True)
    """

    before: Standing
    after: Standing
    added: int

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a wrong type is a TypeError naming the field

    @property
    def interpretation(self) -> str:
        """The reading both standings were answered under.

        >>> import ipprules
        >>> history = ipprules.History.from_file("examples/history.csv")
        >>> ipprules.what_if(history, [], "2022-12-31", interpretation="official").interpretation
        'official'
        """
        return self.after.interpretation

    @property
    def rulebook(self) -> str:
        """The name and version of the rule book both standings were answered from.

        >>> import ipprules
        >>> history = ipprules.History.from_file("examples/history.csv")
        >>> ipprules.what_if(history, [], "2022-12-31").rulebook
        'ipprules embedded rule book 2026.11.23'
        """
        return self.after.rulebook

    @property
    def rulebook_version(self) -> str | None:
        """The version of that rule book (:attr:`Standing.rulebook_version`).

        >>> import ipprules
        >>> history = ipprules.History.from_file("examples/history.csv")
        >>> ipprules.what_if(history, [], "2022-12-31").rulebook_version
        '2026.11.23'
        """
        return self.after.rulebook_version

    def text(self) -> str:
        """The standing before and after, as ``ipprules good-faith --what-if`` prints it;
        ``str(what_if)`` and ``print(what_if)`` give the same.

        >>> import ipprules
        >>> history = ipprules.History.from_file("examples/history.csv")
        >>> print(ipprules.what_if(history, "examples/what-if.toml", "2022-12-31").text()[:7])
        Before:
        """
        from ipprules.goodfaith.text import what_if_text

        return what_if_text(self)

    def __str__(self) -> str:
        return self.text()

    def __repr__(self) -> str:
        return (
            f"WhatIf(as_of={self.after.as_of.isoformat()}, added={self.added}, "
            f"qualifies {self.before.qualifies} -> {self.after.qualifies})"
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: the reading and rule book that answered, the number of
        complaints ``added`` and the standing ``before`` and ``after`` (each as
        :meth:`Standing.to_dict` gives it), as ``ipprules good-faith --what-if`` prints it.

        >>> import ipprules
        >>> history = ipprules.History.from_file("examples/history.csv")
        >>> data = ipprules.what_if(history, "examples/what-if.toml", "2022-12-31").to_dict()
        >>> list(data), data["after"]["qualifies"]
        (['interpretation', 'rulebook', 'rulebook_version', 'rulebook_date', 'added', 'before', 'after'], True)
        """  # noqa: E501
        return {
            "interpretation": self.interpretation,
            "rulebook": self.rulebook,
            **rulebook_keys(self.rulebook_version),
            "added": self.added,
            "before": self.before.to_dict(),
            "after": self.after.to_dict(),
        }

    #: The same as :meth:`to_dict` (``as_dict()`` is what the checks' and coverage's
    #: results call it; both names work on every result).
    as_dict = to_dict

    def to_records(self) -> list[dict[str, Any]]:
        """The criteria before and after, one dict each, with a ``when`` column.

        >>> import ipprules
        >>> history = ipprules.History.from_file("examples/history.csv")
        >>> rows = ipprules.what_if(history, "examples/what-if.toml", "2022-12-31").to_records()
        >>> [(r["when"], r["criterion"]) for r in rows][:2]
        [('before', 'takedown_rate'), ('before', 'counter_notice_rate')]
        """
        return [{"when": "before", **r} for r in self.before.to_records()] + [
            {"when": "after", **r} for r in self.after.to_records()
        ]

    def to_frame(self) -> Any:
        """:meth:`to_records` as a :class:`pandas.DataFrame` (needs the ``pandas`` extra)."""
        columns = dict(_CRITERION_COLUMNS)
        columns["categories"] = ("when", *columns["categories"])
        columns["columns"] = ("when", *columns["columns"])
        return _frame(self.to_records(), **columns)

    def _repr_html_(self) -> str:
        return (
            "<div><h4>Before</h4>"
            + self.before._repr_html_()
            + f"<h4>After {self.added} planned complaint(s)</h4>"
            + self.after._repr_html_()
            + "</div>"
        )


# --------------------------------------------------------------------- timeline


@attrs.frozen(kw_only=True)
class TimelineDay:
    """The standing on one day of a timeline (the account as a whole).

    >>> import ipprules
    >>> history = ipprules.History.from_file("examples/history.csv")
    >>> days = ipprules.timeline(history, "2022-09-01", "2022-12-31")
    >>> day = days["2022-10-30"]
    >>> day.date, day.volume, day.takedown_rate, day.qualifies, day.member
    (datetime.date(2022, 10, 30), 101, Fraction(1854, 1921), True, True)
    """

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a NaN, a float or a bool is no count: a TypeError naming the field
        refuse_below(self, 0, "volume", "takedown_rate", "counter_notice_rate")
        for name in ("takedown_rate", "counter_notice_rate"):  # a rate is at most 1
            rate = getattr(self, name)
            if rate is not None and rate > 1:
                raise InputError(f"TimelineDay.{name} must be at most 1, got {rate}")

    date: dt.date
    version: str | None
    takedown_rate: Fraction | None
    counter_notice_rate: Fraction | None
    volume: int
    qualifies: bool
    member: bool
    locked_until: dt.date | None
    other_readings: tuple[str, ...] = ()
    """The other interpretations under which qualification or membership differs on the
    day (only for a timeline built with ``other_readings=True``)."""


@attrs.frozen(kw_only=True)
class MembershipChange:
    """A day on which membership is gained or lost, and why.

    >>> import ipprules
    >>> history = ipprules.History.from_file("examples/history.csv")
    >>> days = ipprules.timeline(history, "2022-09-01", "2022-12-31")
    >>> change = days.changes[0]
    >>> change.date, change.change, change.reason
    (datetime.date(2022, 10, 30), 'gained', 'every criterion met (automatic admission)')
    """

    def __attrs_post_init__(self) -> None:
        refuse_lone_strs(self)  # a lone str is no tuple of one-letter items

    date: dt.date
    change: str
    """``gained`` or ``lost``."""
    reason: str
    notes: tuple[str, ...] = ()
    """The notes of the standing on that day (:attr:`Standing.notes`): the disputed or
    undocumented points its answer rests on, such as a count that would turn a criterion
    (R91), the scope (D2), the per-reason-code volume (R75) or the 2015 month (D1); and,
    where another reading makes this change on another day or not at all, that day beside
    this one ("membership gained differs under official: on 2022-09-05 there, ...")."""


def _rate(pair: tuple[int, int] | None) -> Fraction | None:
    if pair is None or pair[1] <= 0:
        return None
    return Fraction(pair[0], pair[1])


class Columns(Mapping[str, tuple[Any, ...]]):
    """A timeline's columns, read only: one tuple per field, a value per day.

    >>> columns = Columns({"day": [1, 2]})
    >>> columns["day"], dict(columns) == {"day": (1, 2)}
    ((1, 2), True)
    >>> columns["day"] = ()
    Traceback (most recent call last):
    ...
    TypeError: 'Columns' object does not support item assignment
    """

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, Sequence[Any]]) -> None:
        if not isinstance(data, Mapping):  # Timeline(columns=None): was an AttributeError
            raise TypeError(f"columns must be a mapping of names to sequences, got {data!r:.40}")
        self._data = {name: tuple(values) for name, values in data.items()}

    def __getitem__(self, name: str) -> tuple[Any, ...]:
        return self._data[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return f"Columns({', '.join(self._data)})"

    def __getstate__(self) -> dict[str, tuple[Any, ...]]:
        return self._data

    def __setstate__(self, state: dict[str, tuple[Any, ...]]) -> None:
        self._data = state


#: The columns every timeline holds (``other_readings`` only when asked for).
TIMELINE_COLUMNS = (
    "day", "version", "volume", "takedown", "counter", "threshold", "qualifies", "member",
    "locked", "rule",
)  # fmt: skip


def _columns(data: Mapping[str, Sequence[Any]]) -> Columns:
    """A timeline's columns: each of :data:`TIMELINE_COLUMNS`, one value per day. A timeline
    built by hand without one (``columns={"a": [1]}``) raises
    :class:`~ipprules.errors.InputError` naming it (its rows, ``len`` and ``repr`` were a
    ``KeyError``), and one whose columns are of different lengths too."""
    columns = data if isinstance(data, Columns) else Columns(data)
    missing = [name for name in TIMELINE_COLUMNS if name not in columns]
    if missing:
        raise InputError(f"Timeline.columns lacks {', '.join(missing)}", path="$.columns")
    lengths = {len(values) for values in columns.values()}
    if len(lengths) > 1:
        raise InputError(
            "Timeline.columns must hold one value per day in each column, got lengths "
            f"{', '.join(map(str, sorted(lengths)))}",
            path="$.columns",
        )
    return columns


@attrs.frozen(eq=False, repr=False)
class Timeline:
    """Daily standing over ``start..end`` (columns; rows are built on demand).

    ``columns`` holds one list per field, a value per day: ``day``, ``version``,
    ``member``, ``qualifies``, ``locked``, ``takedown`` and ``counter`` (``(numerator,
    denominator)`` pairs or ``None``), ``volume``, ``removal``, ``threshold`` (the
    takedown-rate threshold as ``(p, q, comparison)`` or ``None``), ``counter_threshold``
    (the counter-notice rate's, alike; a timeline built by hand may lack it) and ``rule``
    (the id of the criteria record in force). Timelines compare by value (their days) and hash
    by their range, interpretation and membership changes.

    >>> import ipprules
    >>> history = ipprules.History.from_file("examples/history.csv")
    >>> days = ipprules.timeline(history, "2022-12-01", "2022-12-31")
    >>> days
    Timeline(2022-12-01..2022-12-31, 31 days, 0 membership change(s), interpretation='brief')
    >>> days["2022-12-01"].volume, days.columns["member"][:2]
    (159, (True, True))
    """

    start: dt.date
    end: dt.date
    interpretation: str
    changes: tuple[MembershipChange, ...]
    columns: Columns = attrs.field(converter=_columns)
    """Read only (:class:`Columns`: a mapping of tuples)."""
    rulebook: str = ""
    """The name and version of the rule book that answered, as :attr:`Standing.rulebook`."""
    rulebook_version: str | None = None
    """The version of that rule book, as :attr:`Standing.rulebook_version`; ``to_dict()``
    gives it, and the date it names as ``rulebook_date``."""

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a wrong type is a TypeError naming the field

    def __eq__(self, other: object) -> bool:
        """Timelines are equal when their days are: one computed twice, or a copy or an
        unpickled copy of one."""
        if not isinstance(other, Timeline):
            return NotImplemented
        return self is other or (
            (self.start, self.end, self.interpretation, self.changes, self.rulebook)
            == (other.start, other.end, other.interpretation, other.changes, other.rulebook)
            and self.columns == other.columns
        )

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.interpretation, self.changes, self.rulebook))

    def __len__(self) -> int:
        return len(self.columns["day"])

    def __iter__(self) -> Iterator[TimelineDay]:
        for i in range(len(self)):
            yield self._row(i)

    def __getitem__(self, day: dt.date | str) -> TimelineDay:
        """The row of one day (a ``date``, a ``datetime`` or a ``YYYY-MM-DD`` string); a day
        outside the timeline raises :class:`~ipprules.errors.InputError`."""
        from ipprules._dates import as_date

        when = as_date(day, "day", name="day")
        i = (when - self.start).days
        if not 0 <= i < len(self):
            raise InputError(f"{when} is outside the timeline ({self.start}..{self.end})")
        return self._row(i)

    def text(self) -> str:
        """The timeline as ``ipprules good-faith --timeline`` prints it (the command's header
        also names the trials it was given, and the command builds its timeline with
        ``other_readings=True``: pass it to :func:`~ipprules.timeline` for the "differs
        under" column and summary); ``str(timeline)`` and ``print(timeline)`` give the same.

        >>> import ipprules
        >>> history = ipprules.History.from_file("examples/history.csv")
        >>> head = ipprules.timeline(history, "2022-12-01", "2022-12-31").text().splitlines()[0]
        >>> before, after = head.split(" (", 1)
        >>> print(before); print(after)
        Good Faith timeline 2022-12-01 to 2022-12-31
        ipprules embedded rule book 2026.11.23 · interpretation brief)
        """
        from ipprules.goodfaith.text import timeline_text

        return timeline_text(self)

    def __str__(self) -> str:
        return self.text()

    def __repr__(self) -> str:
        return (
            f"Timeline({self.start.isoformat()}..{self.end.isoformat()}, {len(self)} days, "
            f"{len(self.changes)} membership change(s), interpretation={self.interpretation!r})"
        )

    def _row(self, i: int) -> TimelineDay:
        c = self.columns
        return TimelineDay(
            date=c["day"][i],
            version=c["version"][i],
            takedown_rate=_rate(c["takedown"][i]),
            counter_notice_rate=_rate(c["counter"][i]),
            volume=c["volume"][i],
            qualifies=c["qualifies"][i],
            member=c["member"][i],
            locked_until=c["locked"][i],
            other_readings=c["other_readings"][i] if "other_readings" in c else (),
        )

    def to_records(self) -> list[dict[str, Any]]:
        """One plain dict per day: dates as dates, rates as Fraction and ``<name>_float``.

        >>> import ipprules
        >>> history = ipprules.History.from_file("examples/history.csv")
        >>> first = ipprules.timeline(history, "2022-12-01", "2022-12-31").to_records()[0]
        >>> first["date"], first["takedown_rate"], first["member"]
        (datetime.date(2022, 12, 1), Fraction(2899, 3004), True)
        """
        head = {"interpretation": self.interpretation, "rulebook": self.rulebook}
        out = []
        for row in self:
            out.append(
                {
                    "date": row.date,
                    "version": row.version,
                    **head,
                    **rate_fields("takedown_rate", row.takedown_rate),
                    **rate_fields("counter_notice_rate", row.counter_notice_rate),
                    "volume": row.volume,
                    "qualifies": row.qualifies,
                    "member": row.member,
                    "locked_until": row.locked_until,
                    **(
                        {"other_readings": list(row.other_readings)}
                        if "other_readings" in self.columns
                        else {}
                    ),
                }
            )
        return out

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: the range, the reading and rule book, the membership
        changes and one dict per day (:meth:`to_records`; dates as ISO strings, rates as
        exact ``"n/d"`` strings with their floats), as :meth:`Standing.to_dict` gives a day.

        >>> import ipprules
        >>> history = ipprules.History.from_file("examples/history.csv")
        >>> data = ipprules.timeline(history, "2022-12-30", "2022-12-31").to_dict()
        >>> data["rulebook"], data["interpretation"], len(data["days"])
        ('ipprules embedded rule book 2026.11.23', 'brief', 2)
        >>> data["days"][1]["date"], data["days"][1]["qualifies"]
        ('2022-12-31', True)
        """
        from ipprules._convert import unstructure

        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "interpretation": self.interpretation,
            "rulebook": self.rulebook,
            **rulebook_keys(self.rulebook_version),
            "changes": unstructure(self.changes),
            # the reading and the book are said once, above, not on every day
            "days": unstructure([_without(r, _PROVENANCE) for r in self.to_records()]),
        }

    #: The same as :meth:`to_dict` (``as_dict()`` is what the checks' and coverage's
    #: results call it; both names work on every result).
    as_dict = to_dict

    def to_frame(self) -> Any:
        """:meth:`to_records` as a :class:`pandas.DataFrame` (needs the ``pandas`` extra)."""
        return _frame(
            self.to_records(),
            dates=("date", "locked_until"),
            floats=("takedown_rate_float", "counter_notice_rate_float"),
            categories=("version", "interpretation"),
            texts=("rulebook",),
        )

    def _repr_html_(self) -> str:
        c = self.columns
        return timeline_svg(
            start=self.start,
            end=self.end,
            takedown=c["takedown"],
            counter=c["counter"],
            member=c["member"],
            thresholds=c["threshold"],
            rules=c["rule"],
            changes=[(m.date, m.change, m.reason) for m in self.changes],
            reading=reading_label(self.rulebook, self.interpretation),
        )
