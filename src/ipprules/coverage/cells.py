"""Deciding one cell (right x platform x target) from the findings the complaint checks give.

The cell is decided by exactly the checks a complaint on that platform with that right would
meet, so :func:`ipprules.coverage.coverage` and :func:`ipprules.check` never disagree:

* the account's own findings (identity documents...): an error blocks every cell;
* the right's own findings (verification, subtype...), without ``right-unused``;
* the right on the day (expiry) and on the platform (place of registration, document rules);
* the letter of authorisation, for an agent's account (scope, validity, stated scope);
* the target (store fronts only where the platform takes them);
* the reason codes admissible for the right's type, the platform and the target.

An error makes the cell *not covered*, an ``unknown`` finding (a documented gap, or a fact the
portfolio leaves out) *unknown*; warnings are kept but do not block.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterator, Sequence

import attrs

from ipprules.checks._missing import with_type
from ipprules.checks.account import check_account
from ipprules.checks.complaints import ComplaintChecker, storefront_gap
from ipprules.checks.context import Context, Draft
from ipprules.checks.evidence import authorisation_findings
from ipprules.checks.findings import Finding, FindingSeverity
from ipprules.checks.model import Category, IprType, Plan, Right, RightStatus
from ipprules.checks.rights import (
    check_rights,
    right_on_day,
    right_on_platform,
    unregistered_way_out,
)
from ipprules.coverage.model import Cell, CellStatus, Opening
from ipprules.rulebook import ResolvedRules, RuleBook
from ipprules.rulebook.model import (
    Answer,
    DocumentRule,
    Platform,
    Registrations,
    Rule,
    Target,
)

__all__ = ["Evaluator"]

#: (reason code ids, their rule ids, their source ids)
_Reasons = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]

_BLOCKING = (FindingSeverity.ERROR, FindingSeverity.UNKNOWN)
#: Findings that ask for a quality of a document the portfolio does not state: missing input,
#: not a gap of the rules, so they do not decide a cell (``ipprules check`` lists them).
_NOT_DECIDING = frozenset({"document-quality-unknown"})
_TARGETS = (Target.LISTING, Target.STOREFRONT)


class Evaluator:
    """Decides the cells of one portfolio on one day under one interpretation."""

    __slots__ = (
        "_account",
        "_by_right",
        "_checker",
        "_heads",
        "_platform",
        "_reasons",
        "ctx",
        "day",
        "rules",
    )

    def __init__(
        self,
        plan: Plan,
        day: dt.date,
        book: RuleBook,
        interpretation: str | None,
        *,
        positions: Sequence[int] | None = None,
    ) -> None:
        """``positions`` gives the index in the whole portfolio of each right of ``plan``
        (when ``plan`` holds only some of its rights), so that paths stay true."""
        self.ctx = Context(plan, day, book, interpretation)
        self.day = self.ctx.day
        self.rules: ResolvedRules = self.ctx.rules()
        self._checker = ComplaintChecker(self.ctx)
        self._heads: dict[tuple[str, tuple[int, ...]], Finding] = {}
        self._reasons: dict[tuple[str, str | None, str, Target], _Reasons] = {}
        self._platform: dict[
            tuple[str, tuple[object, ...]], tuple[list[Draft], tuple[Opening, ...]]
        ] = {}
        letters = (
            authorisation_findings(self.ctx)
            if plan.account.category is Category.AGENT
            else iter(())
        )
        self._account = tuple(
            f
            for f in (*check_account(self.ctx), *letters)
            if f.severity is not FindingSeverity.INFO and f.code not in _NOT_DECIDING
        )
        by_right: dict[int, list[Finding]] = {}
        for f in check_rights(self.ctx):
            if (
                f.code == "right-unused"
                or f.code in _NOT_DECIDING
                or f.severity is FindingSeverity.INFO
            ):
                continue
            index = _right_index(f.path)
            if index is None:
                continue
            if positions is not None:
                real = positions[index]
                head = f"$.rights[{index}]"
                f = attrs.evolve(f, path=f"$.rights[{real}]" + f.path[len(head) :])
                index = real
            by_right.setdefault(index, []).append(f)
        self._by_right = {k: tuple(v) for k, v in by_right.items()}

    def _finding(self, code: str, path: str, message: str, *records: Rule | None) -> Finding:
        """``ctx.finding`` with its rule and source ids looked up once per code and records."""
        key = (code, tuple(map(id, records)))
        head = self._heads.get(key)
        if head is None:
            head = self._heads[key] = self.ctx.finding(code, path, message, *records)
        return Finding(code, head.severity, path, message, head.rule_ids, head.sources)

    def _reason_codes(
        self, ipr_type: str, subtype: str | None, platform: str, target: Target
    ) -> _Reasons:
        key = (ipr_type, subtype, platform, target)
        found = self._reasons.get(key)
        if found is None:
            codes = with_type(self.rules, ipr_type).reason_codes_for(
                ipr_type,
                platform,
                target,
                member=self.ctx.plan.account.good_faith,
                subtype=subtype,
            )
            found = self._reasons[key] = (
                tuple(c.id for c in codes),
                tuple(dict.fromkeys(x for c in codes for x in c.rules)),
                tuple(dict.fromkeys(x for c in codes for x in c.sources)),
            )
        return found

    @property
    def account_findings(self) -> tuple[Finding, ...]:
        """The account's own findings (errors block every cell)."""
        return self._account

    def cells(self, index: int, right: Right, platforms: Sequence[str]) -> list[Cell]:
        """The cells of one right on each platform, listing then store front."""
        return [
            _cell(right, platform, target, items, reasons, ways)
            for platform, target, items, reasons, ways in self._items(index, right, platforms)
        ]

    def statuses(
        self, index: int, right: Right, platforms: Sequence[str]
    ) -> list[tuple[tuple[str, str, str], CellStatus]]:
        """Only the status of each cell (what another reading is compared on)."""
        out = []
        for platform, target, items, _, _ in self._items(index, right, platforms):
            worst = _status({item[0].severity for item in items})
            out.append(((right.id, platform, target.value), worst))
        return out

    def _items(
        self, index: int, right: Right, platforms: Sequence[str]
    ) -> Iterator[tuple[str, Target, list[_Item], _Reasons, tuple[Opening, ...]]]:
        """Per platform and target: the findings that decide the cell, the reason codes and
        the openings no finding names (the copyright entered as the unregistered work)."""
        ctx = self.ctx
        rules = self.rules
        at = f"$.rights[{index}]"
        common: list[_Item] = [(f, "account", ()) for f in self._account]
        common += [(f, "right", ()) for f in self._by_right.get(index, ())]
        for code, message, records in right_on_day(rules, right, self.day):
            common.append((self._finding(code, at, message, *records), "day", records))
        member = ctx.plan.account.good_faith
        agent = ctx.plan.account.category is Category.AGENT
        ipr = right.ipr_type.value
        subtype = rules.subtype_filter(ipr, right.subtype.value if right.subtype else None)
        for platform_id in platforms:
            platform = rules.platforms[platform_id]
            pair = list(common)
            ways: tuple[Opening, ...] = ()
            drafts, ways = self._on_platform(right, platform_id)
            for code, message, records in drafts:
                f = self._finding(code, at, message, *records)
                pair.append((f, "platform", records))
            if platform.caveat_until is not None and self.day < platform.caveat_until:
                # R95: said with every answer before it, as check says it of a complaint
                message = f"filed {self.day}: {platform.caveat}"
                f = self._finding("platform-start-undated", at, message)
                pair.append((f, "platform", ()))
            if agent:
                for f in self._checker._authorisation(at, rules, right, platform_id, self.day):
                    f = Finding(
                        f.code,
                        f.severity,
                        "$.account.authorisations",
                        f.message,
                        f.rule_ids,
                        f.sources,
                    )
                    pair.append((f, "authorisation", ()))
            for target in _TARGETS:
                items = list(pair)
                undocumented = False  # store fronts here are a documented gap (D13)
                refused = False  # no store fronts here (B16)
                if target is _STOREFRONT:
                    answer = platform.storefront_for(ipr)
                    if answer is _NO:
                        message = sys.intern(f"{platform.name} has no store-front complaints")
                        # one fault (B16, R42: the catalogue's rules, as check cites them);
                        # the reason codes that fail with it are not a second one
                        f = self._finding("storefront-not-allowed", at, message)
                        items.append((f, "none", ()))
                        refused = True
                    elif answer is _UNKNOWN_ANSWER:
                        message = sys.intern(storefront_gap(platform, ipr))
                        f = self._finding("storefront-unknown", at, message, platform)
                        items.append((f, "gap", ()))
                        undocumented = True
                reasons = self._reason_codes(ipr, subtype, platform_id, target)
                if not reasons[0] and not refused:
                    item = self._no_reason(at, ipr, subtype, platform, target, member)
                    # where store fronts are undocumented (D13), so are their reason codes:
                    # the catalogue's listing codes do not settle it
                    if not (undocumented and item[0].code == "reason-wrong-target"):
                        items.append(item)
                yield platform_id, target, items, reasons, ways

    def _on_platform(self, right: Right, platform: str) -> tuple[list[Draft], tuple[Opening, ...]]:
        """The deciding drafts of :func:`~ipprules.checks.rights.right_on_platform` and the
        openings a refused place leaves (:func:`_work_openings`), worked out once per shape of
        right (the facts they read, :func:`_shape`) and platform: a brand's marks share a few
        shapes. Each is worked out for the shape with a stand-in id, then told of ``right``."""
        key = (platform, _shape(right))
        found = self._platform.get(key)
        if found is None:
            stand_in = attrs.evolve(right, id=_STAND_IN)
            drafts = [
                d
                for d in right_on_platform(self.rules, stand_in, platform)
                if d[0] not in _NOT_DECIDING
            ]
            refused = any(d[0] in _PLACE_REFUSED for d in drafts)
            ways = _work_openings(self.rules, stand_in, platform) if refused else ()
            found = self._platform[key] = (drafts, ways)
        drafts, ways = found
        named = repr(right.id)
        return (
            [(c, m.replace(_STAND_IN_REPR, named), r) for c, m, r in drafts],
            tuple(
                Opening(
                    o.kind,
                    right.id if o.subject == _STAND_IN else o.subject,
                    o.detail.replace(_STAND_IN_REPR, named),
                    o.text.replace(_STAND_IN_REPR, named),
                )
                for o in ways
            ),
        )

    def _no_reason(
        self,
        at: str,
        ipr: str,
        subtype: str | None,
        platform: Platform,
        target: Target,
        member: bool,
    ) -> _Item:
        """No reason code fits: the finding ``check`` gives whichever code is chosen (the
        wrong target where the platform has codes of this type for the other target)."""
        other = _LISTING if target is _STOREFRONT else _STOREFRONT
        elsewhere = self._reason_codes(ipr, subtype, platform.id, other)[0]
        code = "reason-wrong-target" if elsewhere else "reason-wrong-platform"
        message = sys.intern(
            f"no {ipr} reason code for {target.value} complaints on {platform.name}"
            + ("" if member else " (Good Faith members have more)")
        )
        return (self._finding(code, at, message), "none", ())


#: A finding, where it comes from (to tell what would lift it) and the records consulted.
_Item = tuple[Finding, str, tuple[Rule | None, ...]]

_ERROR = FindingSeverity.ERROR
_UNKNOWN = FindingSeverity.UNKNOWN
_STOREFRONT = Target.STOREFRONT
_LISTING = Target.LISTING
_NO = Answer.NO
_UNKNOWN_ANSWER = Answer.UNKNOWN
_COVERED = CellStatus.COVERED
_NOT_COVERED = CellStatus.NOT_COVERED
_CELL_UNKNOWN = CellStatus.UNKNOWN


def _status(severities: set[FindingSeverity]) -> CellStatus:
    if _ERROR in severities:
        return _NOT_COVERED
    if _UNKNOWN in severities:
        return _CELL_UNKNOWN
    return _COVERED


def _opening(item: _Item, right: Right, platform: str) -> Opening | None:
    f, origin, records = item
    if origin == "account":
        return _account_opening(f)
    if origin == "right":
        return _right_opening(f, right)
    if origin == "day":
        return _day_opening(f, right)
    if origin == "platform":
        return _platform_opening(f, right, platform, records)
    if origin == "authorisation":
        return _authorisation_opening(f, right, platform)
    if origin == "gap":
        return _gap(f, right)
    return None


def _cell(
    right: Right,
    platform: str,
    target: Target,
    items: list[_Item],
    reasons: _Reasons,
    ways: tuple[Opening, ...] = (),
) -> Cell:
    ids, reason_rules, reason_sources = reasons
    if not items:
        return Cell(
            right=right.id,
            platform=platform,
            target=target,
            status=_COVERED,
            reasons=ids,
            rule_ids=reason_rules,
            sources=reason_sources,
        )
    findings = tuple(item[0] for item in items)
    status = _status({f.severity for f in findings})
    opens: list[Opening] = []
    if status is not _COVERED:
        for item in items:
            if item[0].severity in _BLOCKING:
                opening = _opening(item, right, platform)
                if opening is not None and opening not in opens:
                    opens.append(opening)
        opens += [way for way in ways if way not in opens]
    return Cell(
        right=right.id,
        platform=platform,
        target=target,
        status=status,
        reasons=ids,
        findings=findings,
        opens=tuple(opens),
        rule_ids=_union([f.rule_ids for f in findings] + [reason_rules]),
        sources=_union([f.sources for f in findings] + [reason_sources]),
    )


_UNIONS: dict[tuple[tuple[str, ...], ...], tuple[str, ...]] = {}

#: The id a right's shape is worked out with (:meth:`Evaluator._on_platform`): its repr, in a
#: message, is replaced by the repr of the right's own id (no id or place holds a NUL).
_STAND_IN = "\x00right\x00"
_STAND_IN_REPR = repr(_STAND_IN)


def _shape(right: Right) -> tuple[object, ...]:
    """The facts of a right that :func:`~ipprules.checks.rights.right_on_platform` and
    :func:`_work_openings` read, apart from its id (not its name, number, classes, dates of
    registration and expiry, registrant or verification)."""
    return (
        right.ipr_type,
        right.subtype,
        right.status,
        right.place,
        right.documents,
        right.filing_date,
        right.renewed,
        right.assigned,
        right.changed,
        right.madrid,
        right.software,
    )


#: The findings on a registered copyright's place that the work, entered unregistered, may
#: lift (the refusal's hint, B8, R28-R29).
_PLACE_REFUSED = frozenset({"right-place-not-accepted", "right-place-unknown"})


def _work_openings(rules: ResolvedRules, right: Right, platform: str) -> tuple[Opening, ...]:
    """The way out a refused or undocumented place of a registered copyright leaves where the
    platform takes the unregistered work (:func:`~ipprules.checks.rights.unregistered_way_out`):
    add the Copyright Claim Statement (the registered right is then claimed as the work, under
    ``official``), or enter the right as unregistered with it (the brief on Lazada)."""
    reenter, needs, cited = unregistered_way_out(rules, right, platform)
    why = f"{platform} takes unregistered copyright ({', '.join(cited)})"
    if reenter:
        docs = f", with {', '.join(needs)}" if needs else ""
        return (
            Opening(
                "fact",
                right.id,
                "status",
                f"enter copyright {right.id!r} as unregistered{docs}: {why}",
            ),
        )
    return tuple(
        Opening(
            "document",
            right.id,
            doc,
            f"add {doc} to right {right.id!r}: {why}, and the work is claimed so",
        )
        for doc in needs
    )


def _union(parts: list[tuple[str, ...]]) -> tuple[str, ...]:
    """The ids of several tuples, each once, in order (cached: cells share a few combinations)."""
    key = tuple(parts)
    found = _UNIONS.get(key)
    if found is None:
        if len(_UNIONS) > 4096:
            _UNIONS.clear()
        found = _UNIONS[key] = tuple(dict.fromkeys(x for part in parts for x in part))
    return found


def _right_index(path: str) -> int | None:
    if not path.startswith("$.rights["):
        return None
    end = path.find("]", 9)
    return int(path[9:end]) if end > 9 else None


def _gap(f: Finding, right: Right) -> Opening:
    return Opening("rule", right.id, f.code, f"a documented gap in the rules: {f.message}")


def _fact(f: Finding, subject: str, field: str) -> Opening:
    return Opening("fact", subject, field, f"state or fix {field}: {f.message}")


def _account_opening(f: Finding) -> Opening:
    return _fact(f, "account", f.path)


def _right_opening(f: Finding, right: Right) -> Opening:
    if f.code == "right-verification-failed":
        return Opening(
            "verification", right.id, "verified", f"have right {right.id!r} verified again"
        )
    if f.severity is FindingSeverity.UNKNOWN:
        return _gap(f, right)
    return _fact(f, right.id, f.path)


def _day_opening(f: Finding, right: Right) -> Opening:
    if f.code == "right-expired":
        return Opening(
            "renewal",
            right.id,
            "renewal_certificate",
            f"renew right {right.id!r} and add its renewal certificate",
        )
    return _fact(f, right.id, f.path)


#: What a right of each type given as unregistered is called in the way to open its cells.
_UNREGISTERED = {IprType.COPYRIGHT: "work", IprType.TRADEMARK: "mark", IprType.PATENT: "patent"}


def _platform_opening(
    f: Finding, right: Right, platform: str, records: Sequence[Rule | None]
) -> Opening:
    rule = records[0] if records else None
    if f.code == "right-place-not-accepted" and isinstance(rule, Registrations):
        places = ", ".join(rule.accepted)
        return Opening(
            "registration",
            right.id,
            places,
            f"a registration of {right.ipr_type.value} {right.id!r} in {places}",
        )
    if f.code == "right-document-missing" and isinstance(rule, DocumentRule):
        missing = [d for d in rule.requires if d not in _held(right)]
        # check gives one finding per missing document of the rule: open with the one it names
        named = [d for d in missing if f"lacks {d} (" in f.message or f"lacks {d}:" in f.message]
        doc = (named or missing or [*rule.requires, rule.id])[0]
        return Opening("document", right.id, doc, f"add {doc} to right {right.id!r}")
    if f.code == "right-not-accepted":
        act = "grant" if right.ipr_type is IprType.PATENT else "registration"
        # an unregistered right was never applied for: it needs registering (B8, R27; a
        # copyright's a work, a trademark's a mark)
        why = (
            f"an unregistered {_UNREGISTERED.get(right.ipr_type, 'right')} is not enough here"
            if right.status is RightStatus.UNREGISTERED
            else "an application is not enough"
        )
        return Opening(
            "registration", right.id, "registered", f"the {act} of {right.id!r} itself ({why})"
        )
    if f.code == "right-acceptance-unknown" and isinstance(rule, DocumentRule):
        if right.filing_date is None and (rule.filed_from or rule.filed_before):
            return _fact(f, right.id, "filing_date")
        return _gap(f, right)
    if f.severity is FindingSeverity.UNKNOWN:
        return _gap(f, right)
    return _fact(f, right.id, f.code)


def _authorisation_opening(f: Finding, right: Right, platform: str) -> Opening:
    if f.code == "authorisation-scope-unstated":
        return Opening(
            "authorisation",
            right.id,
            f"{platform}:scope",
            f"a letter of authorisation for {right.id!r} that states its scope and validity "
            f"on {platform}",
        )
    return Opening(
        "authorisation",
        right.id,
        platform,
        f"a letter of authorisation naming {right.id!r} and {platform}, valid on the date",
    )


def _held(right: Right) -> set[str]:
    """The document ids a right holds."""
    return {d.kind for d in right.documents}
