"""The planner: from a pile of listing URLs to complaints ready to file.

Every input line comes out exactly once: **planned** (in which complaint), **duplicate**
(of which line) or **rejected** (with a code and a reason). Planned complaints respect every
limit by construction (one platform, right, reason, target kind and test-purchase order per
complaint; the channel's listing limit; canonical, de-duplicated URLs), and are then run
through the complaint checks: a line the checks fault is rejected with the finding's code, so
every complaint the planner emits checks with zero errors.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import gc
import re
from collections.abc import Iterable, Iterator, Sequence
from fractions import Fraction
from typing import Any, NamedTuple

import attrs

from ipprules.checks.engine import check
from ipprules.checks.findings import FindingSeverity, Report
from ipprules.checks.model import ChannelId, Complaint, Plan, Right
from ipprules.listings import Listing, parse_listing
from ipprules.planner.inputs import PlanLine
from ipprules.rulebook import ResolvedRules, RuleBook, default_rulebook
from ipprules.rulebook.book import as_date
from ipprules.rulebook.model import Answer, ReasonCode, Target

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


class Strategy(enum.StrEnum):
    """How listings are batched into complaints."""

    FEWEST = "fewest"
    """Fill every complaint to the channel's limit, in input order."""
    PROTECT = "protect"
    """Protect the success rate: most confident listings first, low-confidence ones
    quarantined into complaints of their own, smaller first batches for a filer without a
    track record (B18)."""


class Status(enum.StrEnum):
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
    "missing-right": "no right given for the line, and the plan has more than one right",
    "unknown-right": "the right is not in the plan",
    "wrong-kind": "the URL's kind (listing or storefront) does not match the target",
    "storefront-not-allowed": "storefront complaints are not allowed (or not known to be) "
    "on this platform",
    "missing-reason": "no reason code given for the line",
    "reason-not-admissible": "the reason code does not fit the right's IPR type, the "
    "platform, the target or the account's membership on the filing date",
    "right-not-accepted": "the platform does not accept rights registered where this one is",
    "missing-order": "the reason needs a test purchase, and the line has no order number",
}

_TEST_PURCHASE = frozenset({"test_purchase_report", "order_number"})
_TARGETS = {t.value: t for t in Target}
_COMPLAINT_PATH = re.compile(r"^\$\.complaints\[(\d+)\](?:\.listings\[(\d+)\])?")
_RIGHT_PATH = re.compile(r"^\$\.rights\[(\d+)\]")


@attrs.frozen(kw_only=True)
class Settings:
    """How to plan.

    ``right``, ``reason`` and ``target`` are defaults for lines that do not say (the target
    defaults to the URL's kind; the right to the plan's only right). ``quarantine_below``:
    under ``protect``, listings with a confidence below it go into complaints of their own.
    ``ramp``: under ``protect``, the sizes of a new filer's first complaints per group
    (a new filer has filed fewer than ``track_record`` complaints). ``assumed_confidence``
    is used for lines without one when projecting Good Faith effects.
    """

    strategy: Strategy = Strategy.FEWEST
    channel: ChannelId = ChannelId.PORTAL
    right: str | None = None
    reason: str | None = None
    target: Target | None = None
    quarantine_below: Fraction = Fraction(7, 10)
    ramp: tuple[int, ...] = (50, 100)
    track_record: int = 100
    assumed_confidence: Fraction = Fraction(19, 20)
    supplement: str | None = None


class LineOutcome(NamedTuple):
    """What became of one input line (a named tuple: one is made per input line)."""

    line: int
    url: str
    status: Status
    complaint: str | None = None
    duplicate_of: int | None = None
    code: str | None = None
    message: str | None = None
    canonical_url: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """Plain data (for JSON, CSV and pandas)."""
        data = self._asdict()
        data["status"] = self.status.value
        return data


@attrs.frozen(kw_only=True)
class PlannedComplaint:
    """A complaint the planner made, with the input lines it holds."""

    complaint: Complaint
    lines: tuple[int, ...]
    quarantined: bool = False
    confidence: Fraction | None = None
    """The mean confidence of its listings (lines without one count as the assumed value)."""


@attrs.frozen(kw_only=True)
class PlanningResult:
    """The plan, the reconciliation of every input line, and the check report of the plan."""

    plan: Plan
    complaints: tuple[PlannedComplaint, ...]
    outcomes: tuple[LineOutcome, ...]
    settings: Settings
    as_of: dt.date
    interpretation: str
    rulebook: str
    report: Report

    def counts(self) -> dict[str, int]:
        """Lines planned, duplicate and rejected (they add up to the input lines)."""
        counts = {s.value: 0 for s in Status}
        for outcome in self.outcomes:
            counts[outcome.status.value] += 1
        return counts

    def rejected_by_code(self) -> dict[str, int]:
        found: dict[str, int] = {}
        for o in self.outcomes:
            if o.code is not None:
                found[o.code] = found.get(o.code, 0) + 1
        return dict(sorted(found.items()))

    def to_records(self) -> list[dict[str, Any]]:
        """One plain record per input line (for pandas)."""
        return [o.as_dict() for o in self.outcomes]


class _Accepted(NamedTuple):
    line: PlanLine
    listing: Listing
    platform: str
    right: Right
    reason: ReasonCode
    target: Target


@contextlib.contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for a bulk run, restoring the caller's setting.

    Planning a million lines allocates millions of small tuples that form no reference
    cycles; the collector would rescan them again and again (about a third of the run time
    at 1,000,000 lines). Reference counting still frees everything as usual; only cycle
    collection waits until the run ends.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def plan_listings(
    lines: Iterable[PlanLine],
    plan: Plan,
    *,
    as_of: dt.date | str | None = None,
    settings: Settings | None = None,
    rulebook: RuleBook | None = None,
    interpretation: str | None = None,
    open_listings: Iterable[str] = (),
) -> PlanningResult:
    """Plan complaints for ``lines`` on behalf of ``plan``'s account and rights.

    ``plan`` gives the account and its rights (its complaints are ignored); ``as_of`` is the
    filing date (default: the plan's ``as_of``). ``open_listings`` are URLs already in open
    complaints: lines with the same identity are rejected as ``already-open``.
    """
    from ipprules._args import require_instance, require_iterable

    require_iterable(lines, "lines", "PlanLine")
    require_instance(plan, Plan, "plan")
    if rulebook is not None:
        require_instance(rulebook, RuleBook, "rulebook")
    if settings is not None:
        require_instance(settings, Settings, "settings")
    require_iterable(open_listings, "open_listings", "str")
    with _cyclic_gc_paused():
        return _plan(lines, plan, as_of, settings, rulebook, interpretation, open_listings)


def _plan(
    lines: Iterable[PlanLine],
    plan: Plan,
    as_of: dt.date | str | None,
    settings: Settings | None,
    rulebook: RuleBook | None,
    interpretation: str | None,
    open_listings: Iterable[str],
) -> PlanningResult:
    chosen = settings or Settings()
    day = as_date(as_of) if as_of is not None else plan.as_of
    if day is None:
        from ipprules.errors import InputError

        raise InputError("no filing date: give as_of, or set as_of in the plan", path="$.as_of")
    book = rulebook or default_rulebook()
    rules = book.as_of(day, interpretation, trial=plan.account.good_faith_trial)
    open_ids = {r.identity for r in map(parse_listing, open_listings) if type(r) is Listing}
    look = _Lookups(rules, plan)
    outcomes: dict[int, LineOutcome] = {}
    accepted: list[_Accepted] = []
    seen: dict[str, int] = {}
    order: list[int] = []
    for item in lines:
        order.append(item.line)
        verdict = _admit(item, plan, look, chosen, seen, open_ids)
        if isinstance(verdict, LineOutcome):
            outcomes[item.line] = verdict
        else:
            accepted.append(verdict)
    batches = _batch(accepted, rules, chosen, plan)
    urls = {a.line.line: a.line.url for a in accepted}
    complaints, report = _verify(
        batches, plan, day, book, rules.interpretation, chosen, urls, outcomes
    )
    for planned in complaints:
        for line_no, url in zip(planned.lines, planned.complaint.listings, strict=True):
            outcomes[line_no] = LineOutcome(
                line=line_no,
                url=urls[line_no],
                status=Status.PLANNED,
                complaint=planned.complaint.id,
                canonical_url=url,
            )
    final_plan = attrs.evolve(plan, complaints=tuple(c.complaint for c in complaints), as_of=day)
    return PlanningResult(
        plan=final_plan,
        complaints=tuple(complaints),
        outcomes=tuple(outcomes[n] for n in order),
        settings=chosen,
        as_of=day,
        interpretation=rules.interpretation,
        rulebook=rules.rulebook,
        report=report,
    )


def _reject(item: PlanLine, code: str, message: str | None = None) -> LineOutcome:
    return LineOutcome(
        line=item.line,
        url=item.url,
        status=Status.REJECTED,
        code=code,
        message=message or REJECTION_REASONS[code],
    )


class _Lookups:
    """Answers that depend only on a few keys, computed once per plan rather than per line."""

    def __init__(self, rules: ResolvedRules, plan: Plan) -> None:
        self.rules = rules
        self.member = plan.account.good_faith
        self._admissible: dict[tuple[str, str, Target], dict[str, ReasonCode]] = {}
        self._accepts: dict[tuple[str, str], Answer] = {}
        self.rights = {r.id: r for r in plan.rights}
        self.only_right = plan.rights[0] if len(plan.rights) == 1 else None
        self.storefronts = {
            pid for pid, p in rules.platforms.items() if p.storefront_complaints is Answer.YES
        }
        self.needs_order = {
            cid: bool(_TEST_PURCHASE & set(c.evidence)) for cid, c in rules.reason_codes.items()
        }

    def admissible(self, right: Right, platform: str, target: Target) -> dict[str, ReasonCode]:
        """The reason codes admissible for this right on this platform and target, by id."""
        key = (right.id, platform, target)
        found = self._admissible.get(key)
        if found is None:
            subtype = right.subtype.value if right.subtype else None
            codes = self.rules.reason_codes_for(
                right.ipr_type.value, platform, target, member=self.member, subtype=subtype
            )
            found = self._admissible[key] = {c.id: c for c in codes}
        return found

    def accepts(self, right: Right, platform: str) -> Answer:
        """Whether the platform accepts where the right is registered."""
        key = (right.id, platform)
        found = self._accepts.get(key)
        if found is None:
            found = self._accepts[key] = self.rules.accepts_registration(platform, right.place)
        return found


def _admit(
    item: PlanLine,
    plan: Plan,
    look: _Lookups,
    settings: Settings,
    seen: dict[str, int],
    open_ids: set[str],
) -> _Accepted | LineOutcome:
    rules = look.rules
    parsed = parse_listing(item.url)
    if type(parsed) is not Listing:
        return _reject(item, f"listing:{parsed.code}", parsed.message)  # type: ignore[union-attr]
    listing: Listing = parsed
    key = listing.identity
    first = seen.setdefault(key, item.line)
    if first != item.line:
        return LineOutcome(
            line=item.line,
            url=item.url,
            status=Status.DUPLICATE,
            duplicate_of=first,
            canonical_url=listing.canonical_url,
        )
    if key in open_ids:
        return _reject(item, "already-open")
    platform: str = listing.platform
    if platform == "taobao_or_tmall":
        return _reject(item, "ambiguous-platform")
    if listing.marketplace not in rules.platforms and listing.marketplace in rules.marketplaces:
        files_as = rules.marketplaces[listing.marketplace].files_as
        if files_as is None:
            return _reject(item, "marketplace-not-filable")
        platform = files_as
    if platform not in rules.platforms:
        return _reject(item, "platform-not-in-force")
    right_id = item.right or settings.right
    if right_id is None:
        right = look.only_right
        if right is None:
            return _reject(item, "missing-right")
    else:
        right = look.rights.get(right_id)
        if right is None:
            return _reject(item, "unknown-right", f"the right {right_id!r} is not in the plan")
    kind = _TARGETS[listing.kind]
    target = item.target or settings.target or kind
    if target is not kind:
        return _reject(
            item, "wrong-kind", f"a {kind.value} URL cannot be filed with target {target.value}"
        )
    if target is Target.STOREFRONT and platform not in look.storefronts:
        return _reject(item, "storefront-not-allowed")
    reason_id = item.reason or settings.reason
    if reason_id is None:
        return _reject(item, "missing-reason")
    reason = look.admissible(right, platform, target).get(reason_id)
    if reason is None:
        return _reject(
            item,
            "reason-not-admissible",
            f"{reason_id!r} is not admissible for this right on {platform} "
            f"({target.value}) on {rules.as_of}",
        )
    if look.accepts(right, platform) is Answer.NO:
        return _reject(
            item,
            "right-not-accepted",
            f"{platform} does not accept rights registered in {right.place}",
        )
    if look.needs_order[reason.id] and not item.order_number:
        return _reject(item, "missing-order")
    return _Accepted(item, listing, platform, right, reason, target)


def _group_key(a: _Accepted) -> tuple[str, str, str, str, str]:
    return (a.platform, a.right.id, a.reason.id, a.target.value, a.line.order_number or "")


def _confidence(a: _Accepted, settings: Settings) -> Fraction:
    c = a.line.confidence
    return settings.assumed_confidence if c is None else c


def _batch(
    accepted: Sequence[_Accepted], rules: ResolvedRules, settings: Settings, plan: Plan
) -> list[tuple[list[_Accepted], bool]]:
    """Groups of accepted lines, each a future complaint, in filing order."""
    groups: dict[tuple[str, str, str, str, str], list[_Accepted]] = {}
    for a in accepted:
        groups.setdefault(_group_key(a), []).append(a)
    limit = rules.channel(settings.channel.value).max_listings
    batches: list[tuple[list[_Accepted], bool]] = []
    if settings.strategy is Strategy.FEWEST:
        for members in groups.values():
            batches.extend((members[i : i + limit], False) for i in range(0, len(members), limit))
        return batches
    new_filer = plan.account.complaints_filed < settings.track_record
    quarantine: list[tuple[list[_Accepted], bool]] = []
    for members in groups.values():
        ranked = sorted(members, key=lambda a: (-_confidence(a, settings), a.line.line))
        sure = [a for a in ranked if _confidence(a, settings) >= settings.quarantine_below]
        unsure = [a for a in ranked if _confidence(a, settings) < settings.quarantine_below]
        sizes = iter(settings.ramp if new_filer else ())
        start = 0
        while start < len(sure):
            size = min(next(sizes, limit), limit)
            batches.append((sure[start : start + size], False))
            start += size
        quarantine.extend((unsure[i : i + limit], True) for i in range(0, len(unsure), limit))
    batches.sort(key=lambda b: -_mean(b[0], settings))  # surest complaints first (stable)
    return batches + quarantine


def _mean(members: Sequence[_Accepted], settings: Settings) -> Fraction:
    given = [a.line.confidence for a in members if a.line.confidence is not None]
    assumed = settings.assumed_confidence * (len(members) - len(given))
    return (sum(given, Fraction(0)) + assumed) / len(members)


def _complaints(
    batches: Sequence[tuple[list[_Accepted], bool]], settings: Settings, day: dt.date
) -> list[PlannedComplaint]:
    width = max(3, len(str(len(batches))))
    out = []
    for number, (members, quarantined) in enumerate(batches, start=1):
        first = members[0]
        order = first.line.order_number
        evidence = (
            ("test_purchase_report",)
            if order and _TEST_PURCHASE & set(first.reason.evidence)
            else ()
        )
        supplement = settings.supplement or _supplement(first)
        complaint = Complaint(
            id=f"c{number:0{width}d}",
            platform=first.platform,
            right=first.right.id,
            reason=first.reason.id,
            channel=settings.channel,
            target=first.target,
            listings=tuple(a.listing.canonical_url for a in members),
            supplement=supplement,
            evidence=evidence,
            order_number=order,
            filing_date=None,
        )
        out.append(
            PlannedComplaint(
                complaint=complaint,
                lines=tuple(a.line.line for a in members),
                quarantined=quarantined,
                confidence=_mean(members, settings),
            )
        )
    return out


def _supplement(a: _Accepted) -> str:
    right = a.right
    name = right.name or right.id
    number = f", registration {right.number}" if right.number else ""
    return (
        f"{a.reason.label}: these listings infringe our {right.ipr_type.value} "
        f"{name}{number} ({right.place})."
    )


def _verify(
    batches: list[tuple[list[_Accepted], bool]],
    plan: Plan,
    day: dt.date,
    book: RuleBook,
    interpretation: str,
    settings: Settings,
    urls: dict[int, str],
    outcomes: dict[int, LineOutcome],
) -> tuple[list[PlannedComplaint], Report]:
    """Check the planned complaints; reject the lines the checks fault, until none is faulted.

    Each round removes at least one line, so this ends; rejected lines go into ``outcomes``.
    """
    while True:
        complaints = _complaints(batches, settings, day)
        candidate = attrs.evolve(plan, complaints=tuple(c.complaint for c in complaints), as_of=day)
        report = check(candidate, as_of=day, rulebook=book, interpretation=interpretation)
        drop: dict[int, tuple[str, str]] = {}
        for finding in report.findings:
            if finding.severity is not FindingSeverity.ERROR:
                continue
            for line_no in _faulted_lines(finding.path, complaints, plan):
                drop.setdefault(line_no, (f"check:{finding.code}", finding.message))
        if not drop:
            return complaints, report
        for line_no, (code, message) in drop.items():
            outcomes[line_no] = LineOutcome(
                line=line_no, url=urls[line_no], status=Status.REJECTED, code=code, message=message
            )
        batches = [([a for a in members if a.line.line not in drop], q) for members, q in batches]
        batches = [(members, q) for members, q in batches if members]


def _faulted_lines(path: str, complaints: Sequence[PlannedComplaint], plan: Plan) -> Iterator[int]:
    """The input lines an error at ``path`` faults: one listing, a complaint, a right's
    complaints, or (account-level errors) every line."""
    m = _COMPLAINT_PATH.match(path)
    if m is not None:
        planned = complaints[int(m.group(1))]
        if m.group(2) is not None:
            yield planned.lines[int(m.group(2))]
        else:
            yield from planned.lines
        return
    r = _RIGHT_PATH.match(path)
    right_id = plan.rights[int(r.group(1))].id if r is not None else None
    for planned in complaints:
        if right_id is None or planned.complaint.right == right_id:
            yield from planned.lines
