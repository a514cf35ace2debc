"""The penalty model: violations as input, figures, checks and the standing as output.

>>> Figure("points", 6, 18).reaches(12)
<Answer.UNKNOWN: 'unknown'>
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

import attrs

from ipprules._args import optional_of, plain_optional_int, plain_optional_str
from ipprules._dates import FIRST_DATE, LAST_DATE, date_field, rulebook_keys
from ipprules._table import reading_label, shown_html
from ipprules._typed import check_types, refuse_below
from ipprules._vocab import NamedEnum
from ipprules.errors import InputError, IpprulesError, plain, shown_value
from ipprules.rulebook.model import (
    Answer,
    Confidence,
    PenaltyRule,
    PenaltyStep,
    confidence_mark,
    weakest,
)
from ipprules.rulebook.platform_names import platform_case_problem, platform_case_slip

if TYPE_CHECKING:  # pragma: no cover
    import pandas

    from ipprules.rulebook.model import Source

__all__ = [
    "Check",
    "Figure",
    "PenaltyStanding",
    "Violation",
    "ViolationKind",
]


class ViolationKind(NamedEnum):
    """The kind of an established violation, as the penalty rules distinguish them.

    >>> from ipprules.penalties import ViolationKind
    >>> ViolationKind("counterfeit")
    <ViolationKind.COUNTERFEIT: 'counterfeit'>
    >>> [m.value for m in ViolationKind]
    ['counterfeit', 'piracy', 'general', 'content', 'patent', 'registered_design']
    """

    COUNTERFEIT = "counterfeit"
    PIRACY = "piracy"
    GENERAL = "general"
    CONTENT = "content"
    PATENT = "patent"
    REGISTERED_DESIGN = "registered_design"


def _kind(value: ViolationKind | str) -> ViolationKind:
    if isinstance(value, ViolationKind):
        return value
    try:
        text = plain(value) if isinstance(value, str) else str(value)  # no subclass's strip
        return ViolationKind(text.strip().lower().replace("-", "_").replace(" ", "_"))
    except ValueError:
        known = ", ".join(k.value for k in ViolationKind)
        raise IpprulesError(
            f"unknown violation kind {shown_value(value)}; known: {known}"
        ) from None


def _violation_kind(value: ViolationKind | str) -> ViolationKind:
    """A violation's kind: a wrong Python type (``kind=3``) is a TypeError naming the field,
    an unknown name the library's error (:func:`_kind`, as a file's is)."""
    if not isinstance(value, str):
        raise TypeError(f"kind must be a ViolationKind or a str, got {type(value).__name__}")
    return _kind(value)


def _check_platform(
    instance: Violation, attribute: attrs.Attribute[str | None], value: object
) -> None:
    """A platform written in another case than its id (``Taobao``) is refused with a "did
    you mean", as every input naming a platform refuses it (it was left out of the standing
    with a reason only)."""
    if isinstance(value, str) and (meant := platform_case_slip(value)) is not None:
        raise IpprulesError(platform_case_problem(value, meant))


def _check_points(
    instance: Violation, attribute: attrs.Attribute[int | None], value: object
) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):  # True, 2.0, "2", nan
        raise TypeError(f"points must be an int or None, got {type(value).__name__}")
    if not 0 <= value <= MAX_POINTS:
        raise IpprulesError(
            f"points must be a whole number from 0 to {MAX_POINTS}, got {shown_value(value, 40)}"
        )


#: The most points one violation may carry (no platform's scale comes near it).
MAX_POINTS = 999_999_999


def _on(value: date | str) -> date:
    """A violation's date: a ``date``, a ``datetime`` (its date) or a ``YYYY-MM-DD`` string;
    anything else is a ``TypeError`` naming the field (its range is checked next)."""
    return value if type(value) is date else date_field(value, "on", bounded=False)


def _check_date(instance: Violation, attribute: attrs.Attribute[date], value: object) -> None:
    if type(value) is not date:
        raise IpprulesError(f"a violation's date must be a date, got {value!r}")
    if not FIRST_DATE <= value <= LAST_DATE:
        raise IpprulesError(
            f"a violation's date must lie between {FIRST_DATE} and {LAST_DATE}, got {value}"
        )


def _accepted(value: date | str | None) -> date | None:
    if value is None or type(value) is date:
        return value
    return date_field(value, "counter_notice_accepted", bounded=False)


def _check_accepted(
    instance: Violation, attribute: attrs.Attribute[date | None], value: object
) -> None:
    if value is None:
        return
    if type(value) is not date or not FIRST_DATE <= value <= LAST_DATE:
        raise IpprulesError(
            f"a counter-notice's acceptance must be a date between {FIRST_DATE} and "
            f"{LAST_DATE}, got {value!r}"
        )
    if value < instance.on:
        raise IpprulesError(
            f"a counter-notice cannot be accepted ({value}) before the violation ({instance.on})"
        )


@attrs.frozen(kw_only=True)
class Violation:
    """An established violation: when, where, what, the points it cost (if known), the right.

    ``platform`` ``None`` means the platform the standing is computed for.

    >>> Violation(on=date(2024, 3, 1), kind="Registered-Design", points=6).kind
    <ViolationKind.REGISTERED_DESIGN: 'registered_design'>
    >>> Violation(on=date(2024, 3, 1), kind="trade dress")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    ipprules.errors.IpprulesError: unknown violation kind 'trade dress'; known: counterfeit, ...
    """

    on: date = attrs.field(converter=_on, validator=_check_date)
    kind: ViolationKind = attrs.field(converter=_violation_kind)
    platform: str | None = attrs.field(
        default=None, converter=plain_optional_str, validator=[optional_of(str), _check_platform]
    )
    points: int | None = attrs.field(
        default=None, converter=plain_optional_int, validator=_check_points
    )
    right: str | None = attrs.field(
        default=None, converter=plain_optional_str, validator=optional_of(str)
    )
    id: str | None = attrs.field(
        default=None, converter=plain_optional_str, validator=optional_of(str)
    )
    #: The day a counter-notice against this violation was accepted (by the complainant or
    #: by Alibaba), ``None`` if none was. On 1688 the violation no longer counts from that day
    #: (R64); elsewhere what the acceptance does is not documented (see the standing's notes).
    counter_notice_accepted: date | None = attrs.field(
        default=None, converter=_accepted, validator=_check_accepted
    )


@attrs.frozen
class Figure:
    """A figure of the standing: exact, or a range where the rules leave a gap.

    ``low`` is a value the figure certainly reaches (``None``: not even that is known); ``high``
    a value it certainly does not exceed (``None``: no bound). ``basis`` names the rule fields
    used; ``rule_ids`` and ``sources`` are those of the penalty record.

    >>> Figure("points", 12, 12).text, Figure("points", 6, 18).text, Figure("points", 0, None).text
    ('12', '6 to 18', 'at least 0 (upper bound unknown)')
    """

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a NaN, a float or a bool is no figure; a lone str no tuple
        refuse_below(self, 0, "low", "high")  # points and strikes: counts
        if self.low is not None and self.high is not None and self.low > self.high:
            raise InputError(f"Figure.low ({self.low}) is above Figure.high ({self.high})")

    name: str
    low: int | None
    high: int | None
    basis: tuple[str, ...] = ()
    rule_ids: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    note: str = ""

    @property
    def exact(self) -> bool:
        """Whether the figure is known exactly."""
        return self.low is not None and self.low == self.high

    @property
    def value(self) -> int | None:
        """The figure when known exactly, else ``None``."""
        return self.low if self.exact else None

    @property
    def text(self) -> str:
        """The figure for people: ``12``, ``6 to 18``, ``at most 18``..."""
        if self.exact:
            return str(self.low)
        if self.low is None and self.high is None:
            return "unknown"
        if self.low is None:
            return f"at most {self.high}"
        if self.high is None:
            return f"at least {self.low} (upper bound unknown)"
        return f"{self.low} to {self.high}"

    def reaches(self, threshold: int) -> Answer:
        """Whether the figure reaches ``threshold``: yes, no, or unknown.

        >>> Figure("points", 6, 18).reaches(12), Figure("points", 6, 18).reaches(19)
        (<Answer.UNKNOWN: 'unknown'>, <Answer.NO: 'no'>)
        """
        if self.low is not None and self.low >= threshold:
            return Answer.YES
        if self.high is not None and self.high < threshold:
            return Answer.NO
        return Answer.UNKNOWN

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return {
            "value": self.value,
            "low": self.low,
            "high": self.high,
            "exact": self.exact,
            "text": self.text,
            "basis": list(self.basis),
            "rule_ids": list(self.rule_ids),
            "sources": list(self.sources),
            "note": self.note,
        }


@attrs.frozen
class Check:
    """A threshold of the rules checked against a figure (closure, the 1688 bar).

    >>> from datetime import date
    >>> from ipprules.penalties import Violation, penalty_standing
    >>> strikes = [Violation(on=date(2024, 3, d), kind="counterfeit") for d in (1, 2, 10, 20)]
    >>> (check,) = penalty_standing(strikes, "aliexpress", date(2024, 3, 20)).closure
    >>> check.name, check.threshold, check.figure.low, check.met.value
    ('serious', 3, 3, 'yes')
    """

    name: str
    threshold: int | None
    figure: Figure | None
    met: Answer
    reason: str

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a wrong type is a TypeError naming the field

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data."""
        return {
            "name": self.name,
            "threshold": self.threshold,
            "figure": self.figure.to_dict() if self.figure else None,
            "met": self.met.value,
            "reason": self.reason,
        }


#: The figures an other reading's answer compares with the standing's, in this order: each
#: as the standing's JSON gives it (``points``: its text, ``ladder_step``: the action...).
OTHER_FIGURES = (
    "points",
    "serious",
    "serious_per_right",
    "closed",
    "closed_on",
    "decided_on",
    "closure_thresholds",
    "ladder_step",
    "ladder_step_max",
    "counter_notice_barred",
    "bar_thresholds",
    "validity_days",
    "counted",
)


def frozen_figure(value: object) -> object:
    """A figure of :func:`figure_values` as an :class:`OtherAnswer` holds it: a list (the
    thresholds) as a tuple, so that the answer, and the standing holding it, stay immutable
    and hash by value; any other value unchanged."""
    return tuple(value) if isinstance(value, list) else value


def _thawed(value: object) -> object:
    """A figure as :func:`figure_values` gives it (a tuple of thresholds as a JSON list)."""
    return list(value) if isinstance(value, tuple) else value


def figure_values(s: PenaltyStanding) -> dict[str, object]:
    """The figures of ``s`` that :data:`OTHER_FIGURES` names, as plain JSON values: a figure's
    text (``6 to 18``), an answer's value, a date's ISO form, a threshold as ``name>=n``.

    >>> from datetime import date
    >>> from ipprules.penalties import Violation, penalty_standing
    >>> s = penalty_standing([Violation(on=date(2024, 3, 1), kind="piracy")], "aliexpress",
    ...                      "2024-03-01")
    >>> figure_values(s)["serious"], figure_values(s)["closure_thresholds"]
    ('1', ['serious>=3'])
    """

    def day(d: date | None) -> str | None:
        return d.isoformat() if d else None

    def step(x: PenaltyStep | None) -> str | None:
        return x.action if x else None

    barred = s.counter_notice_barred
    return {
        "points": s.points.text,
        "serious": s.serious.text,
        "serious_per_right": s.serious_per_right.text if s.serious_per_right else None,
        "closed": s.closed.value,
        "closed_on": day(s.closed_on),
        "decided_on": day(s.decided_on),
        "closure_thresholds": [f"{c.name}>={c.threshold}" for c in s.closure],
        "ladder_step": step(s.ladder_step),
        "ladder_step_max": step(s.ladder_step_max),
        "counter_notice_barred": barred.value if barred else None,
        "bar_thresholds": [f"{c.name}>={c.threshold}" for c in s.bar],
        "validity_days": s.validity_days,
        "counted": s.counted,
    }


@attrs.frozen
class OtherAnswer:
    """What another reading (an interpretation of the rule book in
    :attr:`PenaltyStanding.other_answers`, a disputed rule's named reading in
    :attr:`PenaltyStanding.disputed_answers`) answers where any figure of it differs from
    the standing's: ``reading``, ``closed``, ``closed_on``,
    ``counter_notice_barred`` and the ``closure`` thresholds it checks (R87: Alibaba.com's
    ``serious>=3`` under official), and ``differs``: each figure of :data:`OTHER_FIGURES`
    that differs, as ``(name, its value, the standing's)``, in that order.

    >>> from datetime import date
    >>> from ipprules.penalties import Violation, penalty_standing
    >>> v = [Violation(on=f"2024-05-0{d}", kind="counterfeit", right=f"T{d}") for d in (1, 2, 3)]
    >>> s = penalty_standing(v, "alibaba_com", "2024-06-01", validity_days=365)
    >>> (other,) = s.other_answers
    >>> s.closed.value, other.reading, other.closed.value, str(other.closed_on)
    ('no', 'official', 'yes', '2024-05-03')
    >>> [(c["name"], c["threshold"]) for c in other.to_dict()["closure"]][1]
    ('serious', 3)
    >>> [name for name, _, _ in other.differs]
    ['closed', 'closed_on', 'decided_on', 'closure_thresholds']
    >>> other.to_dict()["differs"]["closed"]
    {'value': 'yes', 'here': 'no'}
    """

    reading: str
    closed: Answer
    closed_on: date | None
    counter_notice_barred: Answer | None
    closure: tuple[Check, ...]
    differs: tuple[tuple[str, object, object], ...] = ()
    rules: tuple[str, ...] = ()
    """The rules a disputed reading rests on where the rule data records the reading
    (``r85_strikes_fixed``: R85), else ``()``."""
    sources: tuple[str, ...] = ()
    """The sources of such a reading (``()`` where none is recorded)."""
    confidence: str | None = None
    """How sure such a reading is (``inferred``...; ``None`` where none is recorded)."""

    def lines(self) -> list[str]:
        """One line per differing figure, naming the reading (the text and notebook view).

        >>> OtherAnswer("official", Answer.NO, None, None, (), (("points", "6", "4"),)).lines()
        ['under official: points would be 6 (here 4)']
        """
        return [
            f"under {self.reading}: {name.replace('_', ' ')} would be {_said(theirs)} "
            f"(here {_said(mine)})"
            for name, theirs, mine in self.differs
        ]

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: the same keys for every reading (``differs`` holds only the
        figures that differ, each ``{"value": theirs, "here": the standing's}``; ``rules``,
        ``sources`` and ``confidence`` those of a reading the rule data records, else empty
        and null)."""
        barred = self.counter_notice_barred
        return {
            "reading": self.reading,
            "closed": self.closed.value,
            "closed_on": self.closed_on.isoformat() if self.closed_on else None,
            "counter_notice_barred": barred.value if barred else None,
            "closure": [c.to_dict() for c in self.closure],
            "differs": {n: {"value": _thawed(t), "here": _thawed(m)} for n, t, m in self.differs},
            "rules": list(self.rules),
            "sources": list(self.sources),
            "confidence": self.confidence,
        }

    #: The same as :meth:`to_dict`.
    as_dict = to_dict


def _said(value: object) -> str:
    """A figure of :func:`figure_values` for people: ``none`` for no value, lists (tuples, as
    an answer holds them) joined."""
    if value is None:
        return "none"
    if isinstance(value, list | tuple):
        return ", ".join(map(str, value)) or "none"
    return str(value)


def _hint_names() -> dict[str, object]:
    """The names :class:`PenaltyStanding`'s hints use that are imported only for type
    checking."""
    from ipprules.rulebook.model import Source

    return {"Source": Source}


@attrs.frozen(repr=False)
class PenaltyStanding:
    """A seller's standing on one platform as of a date.

    ``closed`` is yes from ``closed_on`` (the first day a closure threshold was reached) on;
    ``closure`` holds the thresholds checked on the decisive date (``closed_on``, the first date
    closure became possible when it is unknown, else ``as_of``). ``ladder_step`` is the rung of
    the points ladder certainly reached and ``ladder_step_max`` the highest it may have reached.
    ``counter_notice_barred`` is ``None`` where the platform has no such rule.
    ``other_readings`` names the other interpretations of the rule book under which any
    figure would differ (the closure, the bar, a threshold, the rows counted: B1, Xianyu's as
    Taobao's), in the order of :attr:`other_answers`, which holds each one's answer.

    >>> import ipprules
    >>> from ipprules.penalties import read_violations
    >>> violations = read_violations("examples/violations-aliexpress.csv")
    >>> standing = ipprules.penalty_standing(violations, "aliexpress", "2024-06-30")
    >>> standing
    <PenaltyStanding aliexpress as of 2024-06-30: points 6, serious 2, closed no>
    >>> standing.to_dict()["rulebook"]
    'ipprules embedded rule book 2026.11.23'
    """

    platform: str
    as_of: date
    rulebook: str
    rule: PenaltyRule | None
    sources: tuple[Source, ...]
    points: Figure
    serious: Figure
    serious_per_right: Figure | None
    closed: Answer
    closed_on: date | None
    decided_on: date
    closure: tuple[Check, ...]
    ladder_step: PenaltyStep | None
    ladder_step_max: PenaltyStep | None
    counter_notice_barred: Answer | None
    bar: tuple[Check, ...]
    counted: int
    ignored: tuple[tuple[int, str], ...]
    validity_days: int | None
    validity_assumed: bool
    notes: tuple[str, ...]
    other_readings: tuple[str, ...] = ()
    interpretation: str = attrs.field(kw_only=True)
    """The reading of the rule book that answered (``other_readings`` name where another
    differs)."""
    other_answers: tuple[OtherAnswer, ...] = attrs.field(default=(), kw_only=True)
    """What each other reading answers where any figure of it differs (``differs``: every
    such figure of :data:`OTHER_FIGURES`; the text and notebook view give one line each)."""
    disputed_answers: tuple[OtherAnswer, ...] = attrs.field(default=(), kw_only=True)
    """What each other reading of a disputed rule answers where its serious counts or closure
    differ, named by the reading (not an interpretation of the book, so not among
    :attr:`other_readings`): ``r85_window_third_day`` (R85's 3-day window taking in the third
    day after the first violation), ``s43_counterfeits_only`` (only counterfeits are strikes,
    S43/D10), ``piracy_serious`` (Alibaba.com: piracy counted as serious) and
    ``counter_notice_restored`` (an accepted counter-notice restores its violation's points
    and counts, where the rules do not say: R64 says so for 1688 only). ``differs`` holds
    ``serious``, ``serious_per_right``, ``closed`` and ``closed_on`` where they differ (every
    figure of :data:`OTHER_FIGURES` for ``counter_notice_restored``); :attr:`notes` says the
    same in words."""
    rulebook_version: str | None = attrs.field(default=None, kw_only=True)
    """The version of the rule book that answered (:attr:`RuleBook.version
    <ipprules.rulebook.RuleBook.version>`); ``to_dict()`` gives it, and the date it names as
    ``rulebook_date``."""

    def __attrs_post_init__(self) -> None:
        check_types(self, _hint_names)  # a wrong type is a TypeError naming the field

    @property
    def confidence(self) -> dict[str, str]:
        """The confidence of the rules each figure rests on, by figure (``points``,
        ``serious``, ``serious_per_right``, ``closed``, ``ladder_step``,
        ``counter_notice_barred``, those the standing has): the penalty record's, the serious
        class's where the record marks it less sure (Lazada: inferred, R88), the weakest of
        those the closure or bar checks; ``unknown`` where the rule book has no penalty rules
        (a gap). The figures themselves do not change with it.

        >>> import ipprules
        >>> from ipprules.penalties import read_violations
        >>> violations = read_violations("examples/violations-aliexpress.csv")
        >>> ipprules.penalty_standing(violations, "lazada_sg", "2024-06-30").confidence
        {'points': 'third-party', 'serious': 'inferred', 'closed': 'third-party'}
        """
        of = self._figure_confidences()
        own, classed = of["points"], of["serious"]
        out = {"points": own, "serious": classed}
        if self.serious_per_right is not None:
            out["serious_per_right"] = classed
        out["closed"] = weakest(own, *(of.get(c.name, own) for c in self.closure))
        if self.rule is not None and self.rule.ladder:  # the steps' own where weaker (R86)
            stepped = self.rule.ladder_confidence
            out["ladder_step"] = weakest(own, stepped.value) if stepped is not None else own
        if self.counter_notice_barred is not None:
            out["counter_notice_barred"] = weakest(own, *(of.get(c.name, own) for c in self.bar))
        return out

    @property
    def confidence_mark(self) -> dict[str, str]:
        """The ``[confidence ...]`` mark of each figure of :attr:`confidence` (its weak
        confidence and the rule ids it rests on; ``""`` for a rule the brief or an official
        page states), by figure: ``closed``, ``ladder_step`` and ``counter_notice_barred``
        included. With :attr:`validity_assumed`, every figure rests on the caller's validity
        too (``validity_assumed`` in JSON, ``(validity assumed)`` in the text).

        >>> import ipprules
        >>> from ipprules.penalties import read_violations
        >>> violations = read_violations("examples/violations-aliexpress.csv")
        >>> ipprules.penalty_standing(violations, "lazada_sg", "2024-06-30").confidence_mark
        {'points': '[confidence third-party: R88]', 'serious': '[confidence inferred: R88]', 'closed': '[confidence third-party: R88]'}
        """  # noqa: E501
        figures: dict[str, Figure | None] = {
            "points": self.points,
            "serious": self.serious,
            "serious_per_right": self.serious_per_right,
        }
        sure = self.confidence
        return {name: self._mark(of, figures.get(name), name) for name, of in sure.items()}

    def _figure_confidences(self) -> dict[str, str]:
        """The confidence of each figure a check may test: the record's for ``points``, the
        serious class's where weaker for ``serious`` and ``serious_per_right``."""
        rule = self.rule
        own = rule.confidence.value if rule is not None else "unknown"
        classed = own
        if rule is not None and rule.serious_confidence is not None:
            classed = weakest(own, rule.serious_confidence.value)
        return {"points": own, "serious": classed, "serious_per_right": classed}

    def _mark(self, sure: str, figure: Figure | None, name: str = "") -> str:
        """The confidence mark of the figure ``name`` of confidence ``sure`` (its rule ids,
        else the ladder's own for the ladder step, else the record's)."""
        rule = self.rule
        ids = tuple(rule.rules) if rule is not None else ()
        if rule is not None and name == "ladder_step" and rule.ladder_rules:
            ids = tuple(rule.ladder_rules)  # R86's steps, not every rule of the record
        return confidence_mark(sure, (figure.rule_ids if figure else ()) or ids).strip()

    def text(self) -> str:
        """The text ``ipprules penalties`` prints for this standing (``str()`` and ``print()``
        give it too; ``repr()`` stays one line)."""
        from ipprules.penalties.text import standing_text

        return standing_text(self)

    def __str__(self) -> str:
        return self.text()

    def __repr__(self) -> str:
        return (
            f"<PenaltyStanding {self.platform} as of {self.as_of}: points {self.points.text}, "
            f"serious {self.serious.text}, closed {self.closed.value}>"
        )

    def _repr_html_(self) -> str:
        from ipprules.penalties.text import _figures

        # the text's table: each figure, its value and its confidence (the basis left out)
        body = "<tr><th></th><th>value</th><th>confidence</th></tr>" + "".join(
            f"<tr><th>{shown_html(str(label))}</th><td>{shown_html(str(value))}</td>"
            f"<td>{shown_html(str(sure))}</td></tr>"
            for label, value, _, sure in _figures(self)
        )
        notes = "".join(f"<li>{shown_html(n)}</li>" for n in self.notes)
        notes += "".join(  # each figure another reading answers differently, by reading
            f"<li>other reading: {shown_html(line)}</li>"
            for a in self.other_answers
            for line in a.lines()
        )
        if self.other_readings:  # the text's last line, from the same field
            notes += f"<li>figures differ under: {shown_html(', '.join(self.other_readings))}</li>"
        if self.disputed_answers:
            names = ", ".join(a.reading for a in self.disputed_answers)
            notes += f"<li>figures differ under disputed rules: {shown_html(names)}</li>"
        title = shown_html(
            f"Penalty standing on {self.platform} as of {self.as_of} "
            f"({reading_label(self.rulebook, self.interpretation)})"
        )
        return (
            f"<div><strong>{title}</strong><table>{body}</table>"
            + (f"<ul>{notes}</ul>" if notes else "")
            + "</div>"
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data.

        >>> import ipprules
        >>> from ipprules.penalties import read_violations
        >>> violations = read_violations("examples/violations-aliexpress.csv")
        >>> data = ipprules.penalty_standing(violations, "aliexpress", "2024-06-30").to_dict()
        >>> data["points"]["text"], data["closed"], data["closure"][0]["threshold"]
        ('6', 'no', 3)
        """

        def step(s: PenaltyStep | None) -> dict[str, Any] | None:
            return None if s is None else {"points": s.points, "action": s.action}

        sure = self.confidence

        def figure(name: str, f: Figure | None) -> dict[str, Any] | None:
            if f is None:
                return None
            mark = self._mark(sure[name], f)
            return {
                **f.to_dict(),
                "confidence": sure[name],
                "confidence_mark": mark,
                "validity_assumed": self.validity_assumed,
            }

        return {
            "platform": self.platform,
            "as_of": self.as_of.isoformat(),
            "interpretation": self.interpretation,
            "rulebook": self.rulebook,
            **rulebook_keys(self.rulebook_version),
            "confidence": sure,
            "confidence_mark": self.confidence_mark,
            "rule": None
            if self.rule is None
            else {
                "id": self.rule.id,
                "effective_from": self.rule.effective_from.isoformat(),
                "confidence": self.rule.confidence.value,
                "rule_ids": list(self.rule.rules),
                "note": self.rule.note,
            },
            "sources": [{"id": s.id, "title": s.title, "url": s.url} for s in self.sources],
            "points": figure("points", self.points),
            "serious": figure("serious", self.serious),
            "serious_per_right": figure("serious_per_right", self.serious_per_right),
            "closed": self.closed.value,
            "closed_on": self.closed_on.isoformat() if self.closed_on else None,
            "decided_on": self.decided_on.isoformat(),
            "closure": [c.to_dict() for c in self.closure],
            "ladder_step": step(self.ladder_step),
            "ladder_step_max": step(self.ladder_step_max),
            "counter_notice_barred": self.counter_notice_barred.value
            if self.counter_notice_barred
            else None,
            "bar": [c.to_dict() for c in self.bar],
            "counted": self.counted,
            "ignored": [{"index": i, "reason": r} for i, r in self.ignored],
            "validity_days": self.validity_days,
            "validity_assumed": self.validity_assumed,
            "notes": list(self.notes),
            "other_readings": list(self.other_readings),
            "other_answers": {a.reading: a.to_dict() for a in self.other_answers},
            "disputed_answers": {a.reading: a.to_dict() for a in self.disputed_answers},
        }

    #: The same as :meth:`to_dict` (``as_dict()`` is what the checks' and coverage's
    #: results call it; both names work on every result).
    as_dict = to_dict

    def to_records(self) -> list[dict[str, Any]]:
        """One plain record per threshold checked: the closure checks (``test`` is
        ``closure``), then the counter-notice bar's (``counter_notice_bar``). Each names the
        platform, date and rule book, the threshold, the figure (``value`` when exact, else
        the range ``low`` to ``high``), whether it is ``met`` (``yes``, ``no`` or ``unknown``),
        the reason and the rule ids and sources of the figure.

        >>> import ipprules
        >>> from ipprules.penalties import read_violations
        >>> violations = read_violations("examples/violations-aliexpress.csv")
        >>> standing = ipprules.penalty_standing(violations, "aliexpress", "2024-06-30")
        >>> first = standing.to_records()[0]
        >>> first["test"], first["check"], first["threshold"], first["value"], first["met"]
        ('closure', 'serious', 3, 2, 'no')
        >>> first["rulebook"]
        'ipprules embedded rule book 2026.11.23'
        """
        head = {
            "platform": self.platform,
            "as_of": self.as_of,
            "interpretation": self.interpretation,
            "rulebook": self.rulebook,
        }
        checks = [("closure", c) for c in self.closure]
        checks += [("counter_notice_bar", c) for c in self.bar]
        sure = {**self._figure_confidences(), **self.confidence}  # a bar's "closed": closed's
        return [
            {
                **head,
                "test": test,
                "check": c.name,
                "threshold": c.threshold,
                "value": None if c.figure is None else c.figure.value,
                "low": None if c.figure is None else c.figure.low,
                "high": None if c.figure is None else c.figure.high,
                "exact": c.figure is not None and c.figure.exact,
                "met": c.met.value,
                "reason": c.reason,
                "rule_ids": [] if c.figure is None else list(c.figure.rule_ids),
                "sources": [] if c.figure is None else list(c.figure.sources),
                "confidence": sure[c.name],
                "confidence_mark": self._mark(sure[c.name], c.figure),
                "validity_assumed": self.validity_assumed,
                "other_closed": [f"{a.reading}:{a.closed.value}" for a in self.other_answers],
                "other_threshold": self._other_thresholds(test, c),
                "disputed_closed": [f"{a.reading}:{a.closed.value}" for a in self.disputed_answers],
            }
            for test, c in checks
        ]

    def _other_thresholds(self, test: str, check: Check) -> list[str]:
        """``reading:threshold`` for each other reading whose closure check of this name has
        another threshold (``none``: it has no such check), as :attr:`other_answers` holds."""
        if test != "closure":
            return []
        out = []
        for a in self.other_answers:
            theirs = {c.name: c.threshold for c in a.closure}
            if theirs.get(check.name, -1) != check.threshold:
                out.append(f"{a.reading}:{theirs.get(check.name, 'none')}")
        return out

    def to_frame(self) -> pandas.DataFrame:
        """:meth:`to_records` as a pandas DataFrame (needs the ``pandas`` extra): ``as_of`` a
        ``datetime64`` column, the ids and ``met`` categorical, the threshold and figures
        nullable ``Int64``, ``exact`` a bool, lists as lists; the same columns and dtypes for
        a standing with no check.

        >>> import ipprules
        >>> from ipprules.penalties import read_violations
        >>> violations = read_violations("examples/violations-aliexpress.csv")
        >>> frame = ipprules.penalty_standing(violations, "aliexpress", "2024-06-30").to_frame()
        >>> str(frame["as_of"].dtype), str(frame["value"].dtype), str(frame["met"].dtype)
        ('datetime64[s]', 'Int64', 'category')
        """
        from ipprules._frames import to_frame
        from ipprules.rulebook.categories import book_ids, interpretations

        return to_frame(
            self.to_records(),
            dates=("as_of",),
            categories={
                "platform": book_ids("platforms"),
                "test": ("closure", "counter_notice_bar"),
                "check": ("points", "serious", "serious_per_right", "closed"),
                "met": Answer,
                "interpretation": interpretations(),
                "confidence": (*(c.value for c in Confidence), "unknown"),
            },
            texts=("rulebook", "reason", "confidence_mark"),
            ints=("threshold", "value", "low", "high"),
            bools=("exact", "validity_assumed"),
            lists=("rule_ids", "sources", "other_closed", "other_threshold", "disputed_closed"),
            columns=_RECORD_COLUMNS,
        )


#: The columns of :meth:`PenaltyStanding.to_records` and :meth:`PenaltyStanding.to_frame`.
_RECORD_COLUMNS = (
    "platform",
    "as_of",
    "interpretation",
    "rulebook",
    "test",
    "check",
    "threshold",
    "value",
    "low",
    "high",
    "exact",
    "met",
    "reason",
    "rule_ids",
    "sources",
    "confidence",
    "confidence_mark",
    "validity_assumed",
    "other_closed",
    "other_threshold",
    "disputed_closed",
)
