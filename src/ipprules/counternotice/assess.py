"""The assessment: each rule of the platform in force on the complaint date, checked.

Alibaba.com (R63, trademarks): purchase documents for a transaction in the 6 months before the
complaint, signed or sealed by both parties, for more than 20 pieces (in one transaction; only
in all is ``unknown``), with product details that match; any authorisation letter sealed or
signed by the trademark owner, naming the brand and valid on the complaint date. 1688 (R64):
no counter-notice from a seller with 60 points or more, at the closure count for serious
infringements, or already closed.

>>> from datetime import date
>>> from ipprules.counternotice.model import CounterNotice, Purchase
>>> notice = CounterNotice(platform="alibaba_com", complaint_date=date(2024, 6, 10), purchases=(
...     Purchase(id="INV-1", kind="invoice", date=date(2023, 12, 9), quantity=50,
...              signed_by=("buyer", "seller"), product_matches=True),))
>>> for f in assess_counter_notice(notice).findings:
...     print(f.code, f.path)
cn-purchase-quantity-low $.purchases
cn-purchase-outside-window $.purchases[0].date
cn-channel $.platform
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from datetime import date
from typing import TYPE_CHECKING

import attrs
from dateutil.relativedelta import relativedelta

from ipprules._args import file_hint, rulebook_alias
from ipprules._dates import date_problem
from ipprules._options import option_said
from ipprules.checks.evidence import _same_name
from ipprules.checks.findings import (
    Finding,
    FindingSeverity,
    sort_key,
    under_readings,
    weaker,
    without_marks,
)
from ipprules.counternotice.model import Assessment, CounterNotice, Party
from ipprules.errors import CoverageError, InputError, IpprulesError, Problem
from ipprules.penalties.standing import rules_on
from ipprules.rulebook.model import Answer, confidence_mark, weakest

if TYPE_CHECKING:  # pragma: no cover
    from ipprules.calendars import Calendar
    from ipprules.lifecycle import DeadlineResult
    from ipprules.penalties import PenaltyStanding
    from ipprules.rulebook import ResolvedRules, RuleBook
    from ipprules.rulebook.model import CounterNoticeRule

__all__ = ["REQUIREMENTS", "assess_counter_notice"]

#: Every requirement a counter-notice rule record may name, and what it checks.
REQUIREMENTS: Mapping[str, str] = {
    "purchase_document": "purchase documents are attached",
    "purchase_within_months": "each purchase lies in the N months before the complaint",
    "purchase_signed_by_both": "each purchase document is signed or sealed by both parties",
    "product_matches": "the product details match the complained product",
    "purchase_quantity": "the pieces bought in the window, compared with a threshold",
    "authorisation_by_owner": "an authorisation letter is sealed or signed by the owner",
    "authorisation_names_brand": "an authorisation letter names the complained brand",
    "authorisation_valid_on_complaint": "an authorisation letter is valid on the complaint date",
    "bar_points": "the seller's points are below the bar",
    "bar_serious_closure_count": "the seller is not at the closure count for serious cases",
    "bar_closed": "the seller's account is not closed",
    "channel": "where sellers counter-notify (stated to the filer, not checked)",
}


@attrs.frozen
class _Context:
    notice: CounterNotice
    rules: Mapping[str, CounterNoticeRule]

    def finding(
        self, code: str, severity: FindingSeverity, path: str, message: str, requirement: str
    ) -> Finding:
        rule = self.rules[requirement]
        mark = confidence_mark(rule.confidence.value, rule.rules)  # 1688's bar: third-party
        return Finding(code, severity, path, message + mark, rule.rules, rule.sources)

    def missing(self, path: str, fact: str, requirement: str) -> Finding:
        return self.finding(
            "cn-fact-missing",
            FindingSeverity.UNKNOWN,
            path,
            f"not stated: {fact} ({REQUIREMENTS[requirement]})",
            requirement,
        )


def _applicable(view: ResolvedRules, notice: CounterNotice) -> dict[str, CounterNoticeRule]:
    """The rules of the notice's platform and IPR type, by requirement (the channel apart)."""
    found: dict[str, CounterNoticeRule] = {}
    for rule in view.counter_notice.values():
        if (
            rule.requirement != "channel"
            and notice.platform in rule.platforms
            and (not rule.ipr_types or notice.ipr_type in rule.ipr_types)
        ):
            found[rule.requirement] = rule
    return found


def _channel(view: ResolvedRules, notice: CounterNotice) -> Iterator[Finding]:
    """R62: where sellers of the platform counter-notify, on the day the notice was filed."""
    day = notice.filed_on or notice.complaint_date
    on_day = view if day == view.as_of else rules_on(view, day)
    for rule in on_day.counter_notice.values():
        if rule.requirement != "channel" or notice.platform not in rule.platforms:
            continue
        if rule.ipr_types and notice.ipr_type not in rule.ipr_types:
            continue
        message = (
            f"sellers on {notice.platform} counter-notify through {rule.channel}, the channel "
            f"in force on {day} (AliProtect closed on 2018-12-15)"
        )
        yield Finding(
            "cn-channel", FindingSeverity.INFO, "$.platform", message, rule.rules, rule.sources
        )


def _timing(
    view: ResolvedRules, notice: CounterNotice, calendar: Calendar | None
) -> Iterator[Finding]:
    """R61 (and D4 on Lazada): a counter-notice filed after the first round's windows, counted
    from the complaint date (the earliest the seller's receipt of the complaint, which starts
    them, can be) on ``calendar`` (None: weekdays, holidays not known), may be out of time;
    whether it is depends on the day the seller received the complaint and on the round,
    which the notice does not carry, so this is a warning that points to the lifecycle
    replay, never a verdict. The windows and the decision are
    the replay's (a first counter-notice filed on the complaint date's takedown): after R61's
    window but within the platform's own (Lazada's 3-5 working days) is ``disputed`` there,
    and the warning says the sources differ."""
    from ipprules.calendars import WEEKENDS
    from ipprules.lifecycle.deadlines import _late_against
    from ipprules.lifecycle.states import Event

    filed = notice.filed_on
    if filed is None or filed <= notice.complaint_date:
        return
    try:
        windows = _first_windows(view, notice, WEEKENDS)
    except IpprulesError:  # outside the rule book: nothing to say
        return
    unknown_from: date | None = None  # the first day the calendar does not cover
    if calendar is not None:  # a calendar that does not cover the dates raises: not silence
        try:
            windows = _first_windows(view, notice, calendar)
        except CoverageError:
            windows, unknown_from = _windows_on_covered_days(view, notice, calendar)
    late = _late_against(Event.COUNTER_NOTICE_FILED, filed, windows, notice.platform)
    if late is None:
        return
    passed = [
        w
        for w in windows
        if w is not late.missed
        and w is not late.other
        and _binds(w)
        and (w.latest or filed) < filed
    ]
    shown = (late.missed, *passed, *([late.other] if late.other else []))
    rule_ids = tuple(dict.fromkeys(("R61", *(i for w in shown for i in w.rule.rules))))
    weak = [w for w in shown if w.confidence_mark]  # R61's windows: inferred everywhere
    mark = confidence_mark(
        weakest(*(w.platform_confidence for w in weak)) if weak else "",
        tuple(dict.fromkeys(i for w in weak for i in w.rule.rules)),
    )
    head = (
        f"filed on {filed}, after {late.missed.due}, the last day of the first counter-notice "
        f"window {_window(late.missed)}"
    )
    head += "".join(f", and after {w.latest}, the last of {_window(w)}" for w in passed)
    if late.other is not None:
        last = late.other.latest
        shown_last: date | str | None = last
        if unknown_from is not None and last is not None and last >= unknown_from:
            shown_last = f"{last} or later (the calendar ends before it)"
        head += (
            f", but within {_window(late.other, (late.other.due, shown_last))}: the "
            f"sources differ on the first window ({', '.join(rule_ids)}), so whether it is in "
            "time is unknown"
        )
    yield Finding(
        "cn-timing",
        FindingSeverity.WARNING,
        "$.filed_on",
        f"{head}; the windows are counted from the complaint date on "
        f"{_days_named(late.missed, calendar)}: a second or third counter-notice is due "
        f"within {_later_rounds(view, notice)} of receiving the complaint (rounds 2 and 3 "
        f"share one window, R61){_later_clause(view, notice, calendar)}; one out of its "
        "window is deemed not established whatever its evidence: check its dates with "
        f"{option_said('ipprules lifecycle', 'ipprules.lifecycle')}"
        f"{_holidays_hint() if calendar is None else ''}{mark}",
        rule_ids,
        tuple(dict.fromkeys(source.id for w in shown for source in w.sources)),
    )


def _holidays_hint() -> str:
    """How a late notice's warning tells the caller to count holidays: the command's
    ``--calendar``, a Python caller's ``calendar=`` (:func:`assess_counter_notice`)."""
    return f" ({option_said('--calendar', 'calendar=')} for holidays)"


def _timing_readings(
    view: ResolvedRules, notice: CounterNotice, calendar: Calendar | None
) -> list[Finding]:
    """The ``cn-timing`` finding (if any) with the interpretations of the book under which
    the first windows answer otherwise (another window, or none passed): named in
    ``other_readings`` and in the message; with none here, a ``cn-other-reading`` info for
    each reading that gives one. The embedded book's windows are the same under every
    reading; a rule book that overrides one per interpretation shows here."""
    found = list(_timing(view, notice, calendar))
    differ = []
    # another reading's warning where this one gives none, with the readings that give it
    warned: dict[tuple[str, str, str], tuple[Finding, list[str]]] = {}
    for name in view.book.interpretations:
        if name == view.interpretation:
            continue
        other = view.book.as_of(notice.complaint_date, name, trial=view.trial)
        try:
            theirs = list(_timing(other, notice, calendar))
        except CoverageError:  # pragma: no cover - the same calendar covered this reading
            theirs = []
        # the verdicts: a window read from a weaker source alone does not read otherwise
        if [without_marks(f.message) for f in theirs] != [without_marks(f.message) for f in found]:
            differ.append(name)
            if not found:
                for f in theirs:
                    key = (f.code, f.path, without_marks(f.message))
                    kept, givers = warned.setdefault(key, (f, []))
                    warned[key] = (weaker(kept, f), [*givers, name])
    if not found:  # one note per warning, quoting the weakest mark of the readings giving it
        return [_under(names, f) for f, names in warned.values()]
    if not differ:
        return found
    names = ", ".join(differ)
    return [
        attrs.evolve(
            f,
            message=_before_mark(f.message, f" (reads otherwise under: {names})"),
            other_readings=tuple(differ),
        )
        for f in found
    ]


def _before_mark(message: str, clause: str) -> str:
    """``message`` with ``clause`` added before its trailing confidence mark, which ends it."""
    head, mark, tail = message.rpartition(" [confidence ")
    if not mark or not tail.endswith("]"):
        return message + clause
    return f"{head}{clause}{mark}{tail}"


def _under(names: list[str], finding: Finding) -> Finding:
    """``cn-other-reading``: ``finding``, given only under the readings ``names`` (one note
    naming them all)."""
    return Finding(
        "cn-other-reading",
        FindingSeverity.INFO,
        finding.path,
        f"{under_readings(names)}: {finding.severity.value} {finding.code}: {finding.message}",
        finding.rule_ids,
        finding.sources,
        tuple(names),
    )


def _first_windows(
    view: ResolvedRules, notice: CounterNotice, calendar: Calendar
) -> tuple[DeadlineResult, ...]:
    """The deadlines the replay runs after a takedown on the complaint date (the first
    counter-notice windows of the platform), counted on ``calendar``; the notice an
    Alibaba.com seller receives is dated the complaint date too, the earliest it can be, so
    its 3 working days (R60, official) are counted beside R61's."""
    from ipprules.lifecycle.deadlines import next_deadlines
    from ipprules.lifecycle.states import Event, State

    return next_deadlines(
        State.TAKEN_DOWN,
        {Event.TAKEDOWN: notice.complaint_date},
        view,
        calendar,
        platform=notice.platform,
        notice_received_on=notice.complaint_date,
    )


def _binds(window: DeadlineResult) -> bool:
    from ipprules.lifecycle.deadlines import _binding
    from ipprules.lifecycle.states import Event

    return _binding(window, Event.COUNTER_NOTICE_FILED)


class _UncoveredAsBusiness:
    """``calendar`` with every day it does not cover taken as a business day: the earliest
    any window can end. Records the first such day asked about."""

    def __init__(self, calendar: Calendar) -> None:
        from ipprules.lifecycle.deadlines import _calendar_name

        self.calendar = calendar
        self.name = _calendar_name(calendar)
        self.first_unknown: date | None = None

    def is_business_day(self, d: date, /) -> bool:
        try:
            return self.calendar.is_business_day(d)
        except CoverageError:
            if self.first_unknown is None or d < self.first_unknown:
                self.first_unknown = d
            return True


def _windows_on_covered_days(
    view: ResolvedRules, notice: CounterNotice, calendar: Calendar
) -> tuple[tuple[DeadlineResult, ...], date | None]:
    """The first windows when ``calendar`` does not reach the end of one, if its covered days
    decide the answer: counted with the days beyond it taken as business days, each window's
    last day is then the earliest it can be. A day before the first uncovered one is exact;
    one after it is a lower bound, which decides only if the notice is filed on or before it
    (in time whatever the uncovered days are). Raises the calendar's ``CoverageError`` when a
    bound does not decide. Returns the windows and the first uncovered day."""
    filed = notice.filed_on
    assert filed is not None
    earliest = _UncoveredAsBusiness(calendar)
    windows = _first_windows(view, notice, earliest)
    unknown = earliest.first_unknown
    for window in windows:
        if not _binds(window) or window.counted_in is None or unknown is None:
            continue
        for last in (window.due, window.latest):
            if last is not None and last >= unknown and filed > last:
                _first_windows(view, notice, calendar)  # raises the calendar's own error
    return windows, unknown


def _window(
    window: DeadlineResult, days: tuple[date | None, date | str | None] | None = None
) -> str:
    """``id (3-5 working days; D4)``, with ``days`` ``(first, last)`` the range ``first to
    last`` in it: a first-round window, for messages."""
    rule = window.rule
    span = f"{rule.amount}" if rule.amount_max is None else f"{rule.amount}-{rule.amount_max}"
    unit = rule.unit.value.replace("_", " ") if rule.unit else ""
    when = ""
    if days is not None:
        when = f", {days[0]}" if days[0] == days[1] else f", {days[0]} to {days[1]}"
    return f"{window.deadline_id} ({span} {unit}{when}; {', '.join(rule.rules)})"


def _later_rounds(view: ResolvedRules, notice: CounterNotice) -> str:
    from ipprules.lifecycle.deadlines import deadline_for

    try:
        later = deadline_for("counter_notice_round_2_3", notice.complaint_date, view).rule
    except IpprulesError:  # no such record in this book
        return "the later rounds' windows"
    return f"{later.amount} business days"


def _later_clause(view: ResolvedRules, notice: CounterNotice, calendar: Calendar | None) -> str:
    """The later rounds' window (R61) against the filing date, as the lifecycle replay
    reads it: its last day counted from the complaint date; filed after it, out of time in
    every round; for a complaint received before 20 Jan 2022 whose window is open on that
    day, filed after the 27-business-day date but by the 30 in force on receipt, the counts
    differ (the source does not say which governs). ``""`` where the window cannot be
    counted on the calendar or the book has no such rule."""
    from ipprules.calendars import WEEKENDS
    from ipprules.lifecycle.deadlines import deadline_for

    filed = notice.filed_on
    assert filed is not None
    days = calendar if calendar is not None else WEEKENDS
    try:
        later = deadline_for("counter_notice_round_2_3", notice.complaint_date, view, days)
        other = _other_count(view, later, days)
    except CoverageError:  # the calendar ends before the window does: its earliest last day
        return _later_bound(view, notice, days)
    except IpprulesError:  # no such rule in this book
        return ""
    if later.due is None:
        return ""
    if filed > later.due:
        return (
            f", by {later.due}: filed after that day too, it is out of time in every round "
            "counted from the complaint date"
        )
    if other is not None and filed > other[0]:
        return (
            f", by {later.due} under the count in force on receipt, but by {other[0]} under the "
            f"{other[1]} business days from {other[2]} (R61): the source does not say which "
            "count governs a window open on that day"
        )
    return f", by {later.due}"


def _later_bound(view: ResolvedRules, notice: CounterNotice, calendar: Calendar) -> str:
    """The later rounds' last day when ``calendar`` ends before it: counted with the days
    beyond it taken as business days, the earliest it can be (no verdict on the round)."""
    from ipprules.lifecycle.deadlines import deadline_for

    earliest = _UncoveredAsBusiness(calendar)
    try:
        later = deadline_for("counter_notice_round_2_3", notice.complaint_date, view, earliest)
    except IpprulesError:  # pragma: no cover - every day is a business day beyond the calendar
        return ""
    return f", by {later.due} or later (the calendar ends before it)" if later.due else ""


def _other_count(
    view: ResolvedRules, later: DeadlineResult, calendar: Calendar
) -> tuple[date, int, date] | None:
    """The later rounds' last day under the count that follows the rule's change (the
    lifecycle replay's :func:`~ipprules.lifecycle.deadlines.count_after_change`), its amount
    and the change date; else ``None``."""
    from ipprules.lifecycle.deadlines import count_after_change

    found = count_after_change(
        later, lambda day: view.book.as_of(day, view.interpretation, trial=view.trial), calendar
    )
    if found is None or found[1].amount is None or later.rule.effective_until is None:
        return None
    return found[0], found[1].amount, later.rule.effective_until


def _days_named(window: DeadlineResult, calendar: Calendar | None) -> str:
    if window.counted_in is None:  # a window in calendar days
        return "calendar days"
    if calendar is None:
        return "weekdays (public holidays not known: none skipped)"
    return f"the business days of the calendar {window.counted_in!r}"


@attrs.frozen
class _Purchase:
    """What one purchase document adds: certainly (``sure``) or possibly (``maybe``)."""

    sure: bool
    maybe: bool
    quantity: int | None


@functools.lru_cache(maxsize=64)
def _months_before(day: date, months: int) -> date:
    """``day`` less ``months`` months (computed once a notice: every purchase asks for it)."""
    start: date = day - relativedelta(months=months)
    return start


def _one_purchase(ctx: _Context, index: int, out: list[Finding]) -> _Purchase:
    p, at = ctx.notice.purchases[index], f"$.purchases[{index}]"
    complaint = ctx.notice.complaint_date
    sure = maybe = True
    window = ctx.rules.get("purchase_within_months")
    if window is not None and window.value is not None:
        start = _months_before(complaint, window.value)
        if p.date > complaint:
            message = f"dated {p.date}, after the complaint of {complaint}"
            out.append(
                ctx.finding(
                    "cn-purchase-after-complaint",
                    FindingSeverity.ERROR,
                    f"{at}.date",
                    message,
                    "purchase_within_months",
                )
            )
            sure = maybe = False
        elif p.date < start:
            message = (
                f"dated {p.date}, before {start}: not in the {window.value} months before the "
                f"complaint of {complaint}"
            )
            out.append(
                ctx.finding(
                    "cn-purchase-outside-window",
                    FindingSeverity.ERROR,
                    f"{at}.date",
                    message,
                    "purchase_within_months",
                )
            )
            sure = maybe = False
    if "purchase_signed_by_both" in ctx.rules:
        if p.signed_by is None:
            out.append(
                ctx.missing(f"{at}.signed_by", "who signed or sealed it", "purchase_signed_by_both")
            )
            sure = False
        elif not {Party.BUYER, Party.SELLER} <= set(p.signed_by):
            who = ", ".join(x.value for x in p.signed_by) or "nobody"
            out.append(
                ctx.finding(
                    "cn-purchase-not-signed-by-both",
                    FindingSeverity.ERROR,
                    f"{at}.signed_by",
                    f"signed or sealed by {who} only",
                    "purchase_signed_by_both",
                )
            )
            sure = maybe = False
    if "product_matches" in ctx.rules:
        if p.product_matches is None:
            out.append(
                ctx.missing(
                    f"{at}.product_matches", "whether its product details match", "product_matches"
                )
            )
            sure = False
        elif not p.product_matches:
            out.append(
                ctx.finding(
                    "cn-product-mismatch",
                    FindingSeverity.ERROR,
                    f"{at}.product_matches",
                    "its product details do not match the complained product",
                    "product_matches",
                )
            )
            sure = maybe = False
    return _Purchase(sure, maybe, p.quantity)


def _quantity(ctx: _Context, found: list[_Purchase], out: list[Finding]) -> None:
    rule = ctx.rules.get("purchase_quantity")
    if rule is None or rule.value is None or rule.comparison is None:
        return
    sure = sum(p.quantity for p in found if p.sure and p.quantity is not None)
    unknown = [i for i, p in enumerate(found) if p.maybe and p.quantity is None]
    most = sum(p.quantity for p in found if p.maybe and p.quantity is not None)
    wanted = f"{rule.comparison.value} {rule.value} {rule.unit or 'pieces'}"
    if rule.comparison.holds(sure, rule.value):
        _split(ctx, found, out, sure, wanted)
        return
    if unknown:
        for i in unknown:
            out.append(
                ctx.missing(f"$.purchases[{i}].quantity", "the pieces bought", "purchase_quantity")
            )
    elif not rule.comparison.holds(most, rule.value):
        bought = sum(p.quantity for p in found if p.quantity is not None)
        counted = (  # a purchase out of the window or failing a rule above: bought, not counted
            f"{most} piece(s) may count, in all ({bought} bought, but a purchase out of the "
            "window or failing a rule above does not count)"
            if bought != most
            else f"{most} piece(s) bought in the window, in all"
        )
        message = f"{counted}; the rule asks {wanted}, except in special cases"
        out.append(
            ctx.finding(
                "cn-purchase-quantity-low",
                FindingSeverity.ERROR,
                "$.purchases",
                message,
                "purchase_quantity",
            )
        )
    else:
        message = f"{sure} to {most} piece(s) certainly count; {wanted} needs the facts above"
        out.append(
            ctx.finding(
                "cn-fact-missing",
                FindingSeverity.UNKNOWN,
                "$.purchases",
                message,
                "purchase_quantity",
            )
        )


def _split(
    ctx: _Context, found: list[_Purchase], out: list[Finding], total: int, wanted: str
) -> None:
    """R63 asks "a purchase quantity of more than 20 pieces" of purchase documents "for a
    transaction": whether one transaction must reach it or the pieces of several may be added
    up is not documented. Pieces that only several purchases reach together answer
    ``unknown`` (the sum is the rule book's inference, the single transaction the other
    reading), never a pass."""
    rule = ctx.rules["purchase_quantity"]
    alone = [p.quantity for p in found if p.maybe and p.quantity is not None]
    if rule.value is None or rule.comparison is None or len(alone) < 2:
        return
    if any(rule.comparison.holds(q, rule.value) for q in alone):
        return
    # a purchase that may count but does not state its pieces may be the one transaction
    unstated = [i for i, p in enumerate(found) if p.maybe and p.quantity is None]
    for i in unstated:
        out.append(
            ctx.missing(f"$.purchases[{i}].quantity", "the pieces bought", "purchase_quantity")
        )
    stated = "states its pieces and " if unstated else ""
    short = " unless one that does not state its pieces is" if unstated else ""
    message = (
        f"{total} piece(s) in all, but no one purchase that {stated}may count is for {wanted} "
        f"(the most: {max(alone)}): whether the pieces of several transactions may be added up "
        f"is not documented; read as one transaction, the counter-notice falls short{short}"
    )
    out.append(
        ctx.finding(
            "cn-purchase-quantity-split",
            FindingSeverity.UNKNOWN,
            "$.purchases",
            message,
            "purchase_quantity",
        )
    )


def _purchases(ctx: _Context) -> Iterator[Finding]:
    if "purchase_document" not in ctx.rules:
        return
    if not ctx.notice.purchases:
        yield ctx.finding(
            "cn-purchase-missing",
            FindingSeverity.ERROR,
            "$.purchases",
            "no purchase document (contract, invoice, purchase order or receipt) is attached",
            "purchase_document",
        )
        return
    out: list[Finding] = []
    found = [_one_purchase(ctx, i, out) for i in range(len(ctx.notice.purchases))]
    _quantity(ctx, found, out)
    yield from out


def _authorisations(ctx: _Context) -> Iterator[Finding]:
    complaint, brand = ctx.notice.complaint_date, ctx.notice.brand
    for index, a in enumerate(ctx.notice.authorisations):
        at = f"$.authorisations[{index}]"
        if "authorisation_by_owner" in ctx.rules:
            if a.by_owner is None:
                yield ctx.missing(
                    f"{at}.by_owner",
                    "whether the trademark owner sealed or signed it",
                    "authorisation_by_owner",
                )
            elif not a.by_owner:
                yield ctx.finding(
                    "cn-authorisation-not-by-owner",
                    FindingSeverity.ERROR,
                    f"{at}.by_owner",
                    "not sealed or signed by the trademark owner",
                    "authorisation_by_owner",
                )
        if "authorisation_names_brand" in ctx.rules:
            if a.brand is None:
                yield ctx.missing(f"{at}.brand", "the brand it names", "authorisation_names_brand")
            elif brand is None:
                yield ctx.missing("$.brand", "the complained brand", "authorisation_names_brand")
            elif not _same_name(a.brand, brand):  # full-width, spaces: one name (R5)
                yield ctx.finding(
                    "cn-authorisation-wrong-brand",
                    FindingSeverity.ERROR,
                    f"{at}.brand",
                    f"names {a.brand!r}, not the brand {brand!r}",
                    "authorisation_names_brand",
                )
        if "authorisation_valid_on_complaint" in ctx.rules:
            if a.valid_from is None and a.valid_until is None:
                yield ctx.missing(
                    f"{at}.valid_until",
                    "its period of validity",
                    "authorisation_valid_on_complaint",
                )
            elif (early := a.valid_from is not None and a.valid_from > complaint) or (
                a.valid_until is not None and a.valid_until < complaint
            ):
                period = f"{a.valid_from or '...'} to {a.valid_until or '...'}"
                yield ctx.finding(
                    "cn-authorisation-not-valid",
                    FindingSeverity.ERROR,
                    f"{at}.valid_from" if early else f"{at}.valid_until",  # the date at fault
                    f"valid {period}: not on the complaint date {complaint}",
                    "authorisation_valid_on_complaint",
                )


def _standing(ctx: _Context, view: ResolvedRules) -> PenaltyStanding | None:
    from ipprules.penalties import Violation, penalty_standing

    facts = ctx.notice.seller
    if facts.violations is None:
        return None
    problems: list[Problem] = []
    violations = []
    for index, v in enumerate(facts.violations):
        try:
            violations.append(
                Violation(
                    on=v.date,
                    kind=v.kind,
                    points=v.points,
                    right=v.right,
                    id=v.id,
                    counter_notice_accepted=v.counter_notice_accepted,
                )
            )
        except IpprulesError as exc:
            problems.append(Problem(str(exc), f"$.seller.violations[{index}]"))
    if problems:
        raise InputError(problems=problems)
    on = ctx.notice.filed_on or ctx.notice.complaint_date
    try:
        return penalty_standing(violations, ctx.notice.platform, on, view)
    except InputError as exc:  # the engine names violations $[i]: here they are the seller's
        at = "$.seller.violations["
        raise InputError(
            problems=[
                Problem(p.message.replace("$[", at), p.path.replace("$[", at, 1))
                for p in exc.problems
            ]
        ) from None


_BAR_CODES = {
    "bar_points": "cn-seller-barred-points",
    "bar_closed": "cn-seller-barred-closed",
    "bar_serious_closure_count": "cn-seller-barred-serious",
}
_BAR_KEYS = {
    "bar_points": "points",
    "bar_closed": "closed",
    "bar_serious_closure_count": "at_serious_closure_count",
}

#: One bar of R64: its requirement, the fact as stated, as counted, and the fact's words.
_Bar = tuple[str, bool | None, Answer | None, str]


def _bar_answer(stated: bool | None, counted: Answer | None) -> Answer | None:
    """Whether a bar holds: the stated fact wins over the counted one; None: neither."""
    return counted if stated is None else (Answer.YES if stated else Answer.NO)


def _barred(ctx: _Context, bar: _Bar, unasked: tuple[str, ...] = ()) -> Iterator[Finding]:
    """The finding of one bar: an error where it holds (naming the ``unasked`` facts it makes
    moot), a fact to add where it may, none where it does not."""
    requirement, stated, counted, fact = bar
    code, key = _BAR_CODES[requirement], _BAR_KEYS[requirement]
    answer = _bar_answer(stated, counted)
    path = f"$.seller.{key}" if stated is not None or counted is None else "$.seller.violations"
    if answer is Answer.YES:
        text = ctx.rules[requirement].note or REQUIREMENTS[requirement]
        if unasked:
            named = " and ".join(f"seller.{k}" for k in unasked)
            verb = "is" if len(unasked) == 1 else "are"
            text += f"; {named} {verb} not asked for: this bar alone settles the answer"
        yield ctx.finding(code, FindingSeverity.ERROR, path, f"{fact}: {text}", requirement)
    elif answer is Answer.UNKNOWN:
        message = (
            f"{fact}: the violations given do not settle it; state seller.{key} (the seller's "
            "profile shows it)"
        )
        yield ctx.finding(
            "cn-fact-missing", FindingSeverity.UNKNOWN, f"$.seller.{key}", message, requirement
        )
    elif answer is None:
        yield ctx.missing(f"$.seller.{key}", fact, requirement)


def _bars(ctx: _Context, standing: PenaltyStanding | None) -> Iterator[_Bar]:
    """Each bar in force: ``(requirement, stated, counted, fact)``."""
    facts = ctx.notice.seller
    rule = ctx.rules.get("bar_points")
    if rule is not None and rule.value is not None and rule.comparison is not None:
        stated = None if facts.points is None else rule.comparison.holds(facts.points, rule.value)
        counted = standing.points.reaches(rule.value) if standing else None
        figure = (
            facts.points
            if facts.points is not None
            else (standing.points.text if standing else None)
        )
        shown = "" if figure is None else f"{figure}; "  # not stated, none counted: the bar
        fact = f"the seller's points ({shown}the bar: {rule.comparison.value} {rule.value})"
        yield "bar_points", stated, counted, fact
    if "bar_serious_closure_count" in ctx.rules:
        counted = None
        if standing is not None and standing.rule is not None:
            counted = Answer.UNKNOWN if standing.serious.high else Answer.NO
        fact = "whether the seller is at the closure count for serious infringements"
        yield "bar_serious_closure_count", facts.at_serious_closure_count, counted, fact
    if "bar_closed" in ctx.rules:
        counted = standing.closed if standing else None
        yield "bar_closed", facts.closed, counted, "whether the seller's account is closed"


def _bar(ctx: _Context, standing: PenaltyStanding | None) -> Iterator[Finding]:
    """The bars' findings. Once one bar holds, the seller may not counter-notify whatever the
    others say: a fact the others lack is not asked for, and the first bar met names it."""
    bars = list(_bars(ctx, standing))
    answers = [_bar_answer(stated, counted) for _, stated, counted, _ in bars]
    if Answer.YES not in answers:
        for bar in bars:
            yield from _barred(ctx, bar)
        return
    moot = (None, Answer.UNKNOWN)
    unasked = tuple(_BAR_KEYS[b[0]] for b, a in zip(bars, answers, strict=True) if a in moot)
    first = answers.index(Answer.YES)
    for index, (bar, answer) in enumerate(zip(bars, answers, strict=True)):
        if answer not in moot:
            yield from _barred(ctx, bar, unasked if index == first else ())


def _unused_seller_facts(
    notice: CounterNotice, found: dict[str, CounterNoticeRule]
) -> Iterator[Finding]:
    """The seller's facts given that no rule in force reads: all of them where no rule bars a
    seller from counter-notifying (R64 is 1688's), else each fact whose own bar is not in
    force (``closed`` without ``bar_closed``...; the violations are read by any bar): an
    ``info`` finding that names them, so that none is dropped without a word."""
    bars = [r for r in found if r.startswith("bar_")]
    seller = notice.seller
    given = [
        name
        for name, value, bar in (
            ("points", seller.points, "bar_points"),
            ("closed", seller.closed, "bar_closed"),
            (
                "at_serious_closure_count",
                seller.at_serious_closure_count,
                "bar_serious_closure_count",
            ),
            ("violations", seller.violations or None, bars[0] if bars else ""),
        )
        if value is not None and bar not in found
    ]
    if not given:
        return
    if bars:
        named = ", ".join(bars)
        only = f"the only bar in force on {notice.platform} is {named}"
        if len(bars) > 1:
            only = f"the only bars in force on {notice.platform} are {named}"
        pronoun = "it, and it changes" if len(given) == 1 else "them, and they change"
        message = (
            f"the seller's {', '.join(given)} given, but {only} (the bars of R64 the rule "
            f"book does not hold here are not checked): no rule in force reads {pronoun} "
            "no verdict"
        )
    else:
        message = (
            f"the seller's {', '.join(given)} given, but no rule in force on {notice.platform} "
            "bars a seller from counter-notifying (the sources document such a bar for 1688 "
            "only, R64): they change no verdict"
        )
    yield Finding(
        "cn-seller-facts-unused", FindingSeverity.INFO, "$.seller", message, ("R64",), ("S45",)
    )


def _check_types(notice: CounterNotice) -> None:
    """Each record field and list of the type it is typed as (a TypeError naming it):
    ``purchases=["x"]`` or ``seller=None`` was an AttributeError deep inside the checks,
    ``brand=3`` an answer. Values in range are :func:`_check`'s (the file's checks)."""
    from ipprules._args import require_instance, type_name
    from ipprules.counternotice.model import (
        Authorisation,
        Purchase,
        SellerFacts,
        SellerViolation,
    )

    if notice.brand is not None and not isinstance(notice.brand, str):
        raise TypeError(f"brand must be a str or None, got {type_name(notice.brand)}")
    seller = require_instance(notice.seller, SellerFacts, "seller")
    lists: list[tuple[str, object, type]] = [
        ("purchases", notice.purchases, Purchase),
        ("authorisations", notice.authorisations, Authorisation),
    ]
    if seller.violations is not None:
        lists.append(("seller.violations", seller.violations, SellerViolation))
    for name, items, kind in lists:
        if not isinstance(items, tuple | list):
            raise TypeError(f"{name} must be a tuple, got {type_name(items)}")
        for index, item in enumerate(items):
            require_instance(item, kind, f"{name}[{index}]")


def _check(notice: object) -> CounterNotice:
    if not isinstance(notice, CounterNotice):
        raise TypeError(
            f"notice must be a CounterNotice, got {type(notice).__name__}"
            + file_hint(notice, "CounterNotice")
        )
    _check_types(notice)
    for day, what in ((notice.complaint_date, "complaint_date"), (notice.filed_on, "filed_on")):
        problem = None if day is None else date_problem(day, what)
        if problem is not None:
            raise InputError(problem, path=f"$.{what}")
    if notice.filed_on is not None and notice.filed_on < notice.complaint_date:
        raise InputError(
            f"filed on {notice.filed_on}, before the complaint date {notice.complaint_date}",
            path="$.filed_on",
        )
    from ipprules.counternotice.reading import _ranges  # as a file's: counts, ids, periods

    problems = [Problem(message, where) for where, message in _ranges(notice)]
    if problems:
        raise InputError(problems=problems)
    return notice


@rulebook_alias("rules")
def assess_counter_notice(
    notice: CounterNotice,
    rulebook: RuleBook | ResolvedRules | None = None,
    *,
    calendar: Calendar | None = None,
) -> Assessment:
    """Check a counter-notice against the rules of its platform in force on the complaint date.

    ``rulebook`` is a rule book (default: the embedded one) or a view that lends its book and
    interpretation. Where the rule book has no counter-notice rules for the platform (and IPR
    type), the finding is ``cn-no-rules`` (``unknown``): a gap, not a pass. Where it names the
    channel sellers counter-notify through on the day the notice was filed (R62: the appeal
    pages of Alibaba.com, AliExpress and 1688 from 2018-12-15), an ``info`` finding
    ``cn-channel`` states it. A notice filed after the first round's window counted from the
    complaint date is the warning ``cn-timing``; ``calendar`` gives the business days it is
    counted on (default: weekdays, no public holiday skipped).

    >>> import ipprules
    >>> from ipprules.counternotice import read_counter_notice
    >>> assessment = ipprules.assess_counter_notice(
    ...     read_counter_notice("examples/counter-notice-1688.toml")
    ... )
    >>> assessment
    <Assessment 1688 counter-notice: sufficient unknown, 3 finding(s)>
    >>> assessment.codes
    ('cn-channel', 'cn-fact-missing', 'cn-no-rules')
    """
    _check(notice)
    if calendar is not None:
        from ipprules.calendars.base import require_calendar

        require_calendar(calendar)
    view = rules_on(rulebook, notice.complaint_date)
    view.platform(notice.platform, filed_as=False)
    view.ipr_type(notice.ipr_type)
    found = _applicable(view, notice)
    findings: list[Finding] = []
    standing = None
    if not found:
        message = (
            f"the rule book has no counter-notice rules for {notice.ipr_type} complaints on "
            f"{notice.platform} (gap): whether the counter-notice is sufficient is unknown"
        )
        findings.append(
            Finding("cn-no-rules", FindingSeverity.UNKNOWN, "$.platform", message, ("R57",))
        )
    else:
        ctx = _Context(notice, found)
        findings += _purchases(ctx)
        findings += _authorisations(ctx)
        if any(r.startswith("bar_") for r in found):
            standing = _standing(ctx, view)
            findings += _bar(ctx, standing)
        barred = any(f.code in _BAR_CODES.values() for f in findings)  # R64: the answer is no
        if all(r.startswith("bar_") for r in found) and not barred:
            message = (
                f"the rule book says only who may not counter-notify on {notice.platform} "
                f"({', '.join(sorted({i for r in found.values() for i in r.rules}))}); what "
                f"evidence makes a counter-notice to a {notice.ipr_type} complaint sufficient "
                "is not documented (gap): unknown for a seller not barred"
            )
            findings.append(
                Finding("cn-no-rules", FindingSeverity.UNKNOWN, "$.platform", message, ("R57",))
            )
    findings += _channel(view, notice)
    findings += _unused_seller_facts(notice, found)
    findings += _timing_readings(view, notice, calendar)
    return Assessment(
        notice,
        tuple(sorted(findings, key=sort_key)),
        view.rulebook,
        view.interpretation,
        standing,
        rulebook_version=view.rulebook_version,
    )
