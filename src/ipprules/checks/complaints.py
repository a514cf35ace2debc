"""Checks of each complaint: platform, channel, right on that platform and date,
authorisation, reason code, target, supplement reason, evidence, and listings.

The rules are resolved once per filing date; what depends only on the right and
the platform is computed once per pair and reported at each complaint's path.
"""

from __future__ import annotations

import datetime as dt
import operator
import re
from collections.abc import Callable, Iterator
from typing import Any

import attrs

from ipprules._args import is_blank, require_instance
from ipprules._table import NAME_LIMIT
from ipprules.checks._missing import missing_record, missing_records
from ipprules.checks.context import Context, Draft
from ipprules.checks.evidence import (
    _same_name,
    abuse_findings,
    applicable,
    held_findings,
    one_right_findings,
    registrant_of,
)
from ipprules.checks.findings import Finding
from ipprules.checks.listings import ListingChecker
from ipprules.checks.model import (
    Authorisation,
    Category,
    ChannelId,
    Complaint,
    IprType,
    Location,
    Plan,
    Right,
)
from ipprules.checks.rights import right_on_day, right_on_platform
from ipprules.errors import (
    MESSAGE_LIMIT,
    UnknownNameError,
    bounded_text,
    did_you_mean,
    lookalike,
    suggest,
)
from ipprules.rulebook import ResolvedRules
from ipprules.rulebook.model import (
    AccountRequirement,
    Answer,
    Confidence,
    Platform,
    ReasonCode,
    Rule,
    Target,
    confidence_mark,
)

__all__ = ["ComplaintChecker", "storefront_gap"]

_ORDER_SPLIT = re.compile(r"[\s,;/|]+")


def good_faith_scope_note(rules: ResolvedRules, platform: str) -> str:
    """For a Good Faith member on ``platform``: what the dispute over the programme's scope
    (D2) would change there, or ``""`` where the programme covers it (or is not in force)."""
    gf = rules.good_faith
    if gf is None or platform in gf.platforms:
        return ""
    codes = (  # R50: from the 2022 upgrade members also get reason codes of their own
        " and its additional reason codes (R50)"
        if any(_member_codes(rules, p) for p in gf.platforms)
        else ""
    )
    return (
        f"the Good Faith Program covers {', '.join(gf.platforms)} (the Handbook, S22, R79), "
        f"not {platform}; one third-party guide (S21) reads it as covering every platform, "
        f"under which a member's lighter burden of proof{codes} would apply on {platform} too "
        "(D2)"
    )


def _member_codes(rules: ResolvedRules, platform: str) -> list[ReasonCode]:
    """The Good-Faith-only reason codes in force on ``platform`` (any IPR type or target)."""
    return [c for c in rules.reason_codes.values() if c.good_faith_only and platform in c.platforms]


def good_faith_codes_gap(
    rules: ResolvedRules,
    ipr_type: str,
    platform: str,
    target: Target,
    subtype: str | None = None,
) -> str:
    """For a Good Faith member: that which additional reason codes members get (R50, R76) is
    not documented for ``ipr_type`` against ``target`` on ``platform``, where the rule book
    lists none there; ``""`` where the programme does not cover the platform (D2 says that),
    members have no codes of their own on that date (before the 2022 upgrade), one is listed
    there, or the platform takes no such complaint at all."""
    gf = rules.good_faith
    if gf is None or platform not in gf.platforms or not _member_codes(rules, platform):
        return ""
    codes = rules.reason_codes_for(ipr_type, platform, target, member=True, subtype=subtype)
    if not codes or any(c.good_faith_only for c in codes):
        return ""
    return (
        "Good Faith members get additional reason codes (R50, R76), which are not public: "
        f"whether any is for {ipr_type} complaints against {target.value}s on {platform} is "
        "not documented (unknown); the codes listed are those every account may use"
    )


def storefront_gap(platform: Platform, ipr_type: str) -> str:
    """What is not documented about store-front complaints of ``ipr_type`` on ``platform``."""
    if require_instance(platform, Platform, "platform").storefront_complaints is Answer.YES:
        documented = " and ".join(f"{t} rights" for t in platform.storefront_ipr_types)
        return (
            f"whether {platform.name} takes store-front complaints for {ipr_type} rights is not "
            f"documented (only for {documented})"
        )
    return f"whether {platform.name} takes store-front complaints is not documented"


#: The limits on a complaint's attachments some platforms set (R47), and what they check.
_ATTACHMENT_LIMITS = (
    ("lazada_attachment_size", "the size of each attachment"),
    ("lazada_attachments", "the number of attachments"),
)


class ComplaintChecker:
    """Checks complaints one by one; remembers listings seen in earlier complaints."""

    __slots__ = ("_met", "_pairs", "ctx", "listings", "with_listings")

    def __init__(self, ctx: Context, *, with_listings: bool = True) -> None:
        self.ctx = ctx
        self.listings = ListingChecker(ctx)
        self.with_listings = with_listings
        self._pairs: dict[tuple[dt.date, str, str], list[Draft]] = {}
        #: by :func:`_same_checks` key: the path of the first complaint checked with that key
        #: and its own findings (not its listings'), or None where they cannot be shared
        self._met: dict[tuple[Any, ...], tuple[str, list[Finding]] | None] = {}

    def check(self, index: int, complaint: Complaint) -> Iterator[Finding]:
        """Every finding of one complaint (paths under ``$.complaints[index]``); the
        listings' own findings are left out when ``with_listings`` is false.

        A complaint's own findings (not its listings') read its fields but its id and its
        listings' number, never the other complaints: a complaint that differs from one
        checked before only in those (a planner's complaints of one route) gets that one's
        findings at its own path, without checking it again."""
        at = f"$.complaints[{index}]"
        key = _same_checks(complaint)
        met = self._met.get(key, False) if key is not None else None
        if met:
            first, shared = met  # type: ignore[misc]  # a tuple: only False and None are falsy
            yield from [attrs.evolve(f, path=at + f.path[len(first) :]) for f in shared]
        else:
            found = []
            for finding in self._own(at, complaint):
                found.append(finding)
                yield finding
            if key is not None and met is False:  # the first with its key: shared if it can be
                self._met[key] = (at, found) if _shareable(at, found) else None
        if self.with_listings:
            rules = self.ctx.rules(complaint.filing_date or self.ctx.day, f"{at}.filing_date")
            yield from self.listings.check(at, rules, complaint)

    def _own(self, at: str, complaint: Complaint) -> Iterator[Finding]:
        """The findings of one complaint but its listings' (paths under ``at``)."""
        ctx = self.ctx
        day = complaint.filing_date or ctx.day
        rules = ctx.rules(day, f"{at}.filing_date")
        _, right = ctx.rights[complaint.right]
        platform = rules.platforms.get(complaint.platform)
        if platform is None:
            yield ctx.finding(
                "platform-unknown", f"{at}.platform", _platform_message(rules, complaint.platform)
            )
        yield from self._channel(at, rules, complaint)
        yield from one_right_findings(ctx, at, rules, complaint)
        yield from self._right(at, rules, complaint, right, day, platform is not None)
        yield from self._reason(at, rules, complaint, right, platform)
        if complaint.target is Target.STOREFRONT and platform is not None:
            yield from self._storefront(at, rules, complaint, right, platform)
        yield from self._documents_and_order(at, complaint, day, rules, right)
        if (
            complaint.platform == "alibaba_com"
            and right.ipr_type is IprType.COPYRIGHT
            and ctx.plan.account.location is Location.MAINLAND_CHINA
        ):
            yield ctx.finding(
                "complaint-alibaba-com-china-copyright",
                f"{at}.platform",
                "an older Alibaba.com help page sent mainland-China suppliers' photo-theft "
                "reports to 'report suspicious activity' rather than IPP (D12); it may be out of "
                "date, and the brief sets no such limit: check Alibaba.com's current guidance",
            )
        if (
            platform is not None
            and platform.caveat_until is not None
            and day < platform.caveat_until
        ):
            yield ctx.finding(
                "platform-start-undated", f"{at}.platform", f"filed {day}: {platform.caveat}"
            )

    def _channel(self, at: str, rules: ResolvedRules, complaint: Complaint) -> Iterator[Finding]:
        """The channel (portal or stand-alone form) and the size of the complaint."""
        ctx = self.ctx
        account = ctx.plan.account
        channel = rules.channels.get(complaint.channel.value)
        yield from self._missing(
            at, rules, ("channels", complaint.channel.value, "the channel and its listing limit")
        )
        if complaint.channel is ChannelId.PORTAL and not account.registered:
            yield ctx.finding(
                "channel-needs-account",
                f"{at}.channel",
                "not registered with IPP: register, or use channel standalone_form (`plan "
                "--channel standalone_form`); the portal needs an account",
                channel,
                platform=complaint.platform,
            )
        if channel is not None and account.registered and channel.registered_users is Answer.NO:
            yield ctx.finding(
                "channel-registered-account",
                f"{at}.channel",
                f"registered IPP users cannot use the {channel.name.lower()}",
                channel,
                platform=complaint.platform,
            )
        if channel is not None and complaint.platform in channel.inferred_platforms:
            yield ctx.finding(
                "channel-platform-inferred",
                f"{at}.channel",
                f"no source says {complaint.platform} takes the {channel.name.lower()}: the rule "
                "book infers it (B2 names no platform; its sources describe Alibaba's form)",
                channel,
                platform=complaint.platform,
            )
        elif channel is not None and complaint.platform in channel.unknown_platforms:
            yield ctx.finding(
                "channel-platform-unknown",
                f"{at}.channel",
                f"whether {complaint.platform} takes the {channel.name.lower()} is not "
                "documented (its sources describe Alibaba's form; Lazada's pages send notices "
                "through an IPP account)",
                channel,
                platform=complaint.platform,
            )
        count = len(complaint.listings)
        if count == 0:
            yield ctx.finding(
                "listings-empty",
                f"{at}.listings",
                "the complaint has no listings",
                channel,
                platform=complaint.platform,
            )
        elif (
            channel is not None
            and channel.max_listings is not None  # a filing channel always has it (validated)
            and count > channel.max_listings
        ):
            yield ctx.finding(
                "listings-too-many",
                f"{at}.listings",
                f"{count} listings; the {channel.name} takes at most {channel.max_listings} "
                "per complaint",
                channel,
                platform=complaint.platform,
            )
        yield from self._batch(at, rules, count)

    def _batch(self, at: str, rules: ResolvedRules, count: int) -> Iterator[Finding]:
        """A large batch from an account without a track record (R60)."""
        ctx = self.ctx
        account = ctx.plan.account
        batch = rules.limits.get("large_batch")
        record = rules.limits.get("track_record")
        if batch is None and (record is None or account.complaints_filed < record.value):
            yield from self._missing(at, rules, ("limits", "large_batch", "a large batch"))
        if record is None and (batch is None or count >= batch.value):
            yield from self._missing(at, rules, ("limits", "track_record", "a large batch"))
        if (
            batch is not None
            and record is not None
            and count >= batch.value
            and account.complaints_filed < record.value
        ):
            yield ctx.finding(
                "new-filer-large-batch",
                f"{at}.listings",
                f"{count} listings from an account with {account.complaints_filed} complaints "
                f"filed before: one rejected batch of 300 needs 2,700 accepted notices to bring "
                "the success rate back to 90%",
                batch,
                record,
            )

    def _platform_limits(
        self, at: str, rules: ResolvedRules, complaint: Complaint
    ) -> Iterator[Finding]:
        """``rule-record-missing`` for a limit on attachments the book sets for the
        complaint's platform on other days but not on this one (a complaint with evidence on
        a platform in force)."""
        platform = complaint.platform
        if not complaint.evidence or platform not in rules.platforms:
            return
        for limit, what in _ATTACHMENT_LIMITS:
            if limit not in rules.limits and any(
                platform in getattr(r, "platforms", ())
                for r in rules.book.records("limits")
                if r.id == limit
            ):
                yield from self._missing(at, rules, ("limits", limit, what))

    def _missing(
        self, at: str, rules: ResolvedRules, need: tuple[str, str, str]
    ) -> Iterator[Finding]:
        """``rule-record-missing`` where the book has record ``need`` (section, id, what it
        checks) on other days but not on this complaint's (:func:`missing_record`)."""
        draft = missing_record(rules, *need)
        if draft is not None:
            yield self.ctx.finding(draft[0], f"{at}.filing_date", draft[1])

    def _right(
        self,
        at: str,
        rules: ResolvedRules,
        complaint: Complaint,
        right: Right,
        day: dt.date,
        platform_known: bool,
    ) -> Iterator[Finding]:
        """The right on this platform and date, and the agent's authorisation for it."""
        ctx = self.ctx
        for code, message, records in right_on_day(rules, right, day):
            yield ctx.finding(code, f"{at}.right", message, *records)
        if platform_known:
            key = (day, right.id, complaint.platform)
            drafts = self._pairs.get(key)
            if drafts is None:
                drafts = right_on_platform(rules, right, complaint.platform)
                self._pairs[key] = drafts
            for code, message, records in drafts:
                yield ctx.finding(code, f"{at}.right", message, *records)
        if ctx.plan.account.category is Category.AGENT:
            yield from self._authorisation(
                at, rules, right, complaint.platform, day, complaint=complaint
            )

    def _storefront(
        self, at: str, rules: ResolvedRules, complaint: Complaint, right: Right, platform: Platform
    ) -> Iterator[Finding]:
        """Whether the platform takes store-front complaints (for this IPR type). Where it
        takes none (B16), the store front is the one fault: the reason code's misfit that
        follows from it is not reported again (``_reason_fit``), and the listing codes to
        file with instead are named (R41: the complaint type is chosen before the reason)."""
        ipr_type = right.ipr_type.value
        answer = platform.storefront_for(ipr_type)
        if answer is Answer.NO:
            listing = attrs.evolve(complaint, target=Target.LISTING)
            codes = _offered(rules, listing, right, platform, self.ctx.plan.account.good_faith)
            yield self.ctx.finding(  # B16 and R42, the catalogue's: not the platform's record
                "storefront-not-allowed",
                f"{at}.target",
                f"{platform.name} has no store-front complaints (B16: only Taobao and Tmall, "
                f"including Tmall Global); file against the listings instead{codes}",
            )
        elif answer is Answer.UNKNOWN:
            yield self.ctx.finding(
                "storefront-unknown", f"{at}.target", storefront_gap(platform, ipr_type), platform
            )
        elif complaint.channel is not ChannelId.PORTAL:
            # the store front is a complaint type of the portal's form (B16, R41, R42); no
            # source says the stand-alone form takes one (B2, R15, R44 speak of links)
            channel = rules.channels.get(complaint.channel.value)
            name = channel.name.lower() if channel is not None else complaint.channel.value
            yield self.ctx.finding(
                "channel-storefront-unknown",
                f"{at}.target",
                f"no source says the {name} takes store-front complaints: the store front is a "
                "complaint type of the IPP portal's form (B16, R41, R42), and the form's "
                "sources speak only of links (B2, R15, R44)",
            )

    def _documents_and_order(
        self, at: str, complaint: Complaint, day: dt.date, rules: ResolvedRules, right: Right
    ) -> Iterator[Finding]:
        """Evidence ids the rule book knows (a certificate among them read as the right's,
        R19), and one order number per complaint."""
        ctx = self.ctx
        size = rules.limits.get("lazada_attachment_size")
        files = rules.limits.get("lazada_attachments")
        platform = complaint.platform
        max_mb = size.value if size is not None and platform in size.platforms else None
        yield from held_findings(
            ctx,
            f"{at}.evidence",
            complaint.evidence,
            rules,
            days=(complaint.filing_date or ctx.day,),
            platform=platform,
            max_mb=max_mb,
            registrant=registrant_of(ctx.plan.account, right),
        )
        limited = any(r.test == "attachments" for r in applicable(rules, None, platform=platform))
        if (
            limited
            and files is not None
            and platform in files.platforms
            and len(complaint.evidence) > files.value
        ):
            yield ctx.finding(
                "attachments-too-many",
                f"{at}.evidence",
                f"{len(complaint.evidence)} attachments; {platform} takes at most {files.value}",
                files,
            )
        yield from self._platform_limits(at, rules, complaint)
        yield from abuse_findings(ctx, at, rules, complaint)
        if complaint.order_number is not None:
            numbers = [n for n in _ORDER_SPLIT.split(complaint.order_number) if n]
            if len(numbers) > 1:
                # one order per complaint is the rule book's inference (the order_number
                # record, ``inferred``: B17 only says test-purchase images may be attached),
                # so the finding rests on that record and carries its confidence mark
                yield ctx.finding(
                    "order-number-several",
                    f"{at}.order_number",
                    f"{len(numbers)} order numbers: one test purchase per complaint",
                    rules.documents.get("order_number"),
                )

    def _authorisation(
        self,
        at: str,
        rules: ResolvedRules,
        right: Right,
        platform: str,
        day: dt.date,
        complaint: Complaint | None = None,
    ) -> Iterator[Finding]:
        """An agent's letter of authorisation for the right on the platform (R10-R13, R32).
        None is asked for a right registered in the account's own name: R10 asks one of a
        complainant "who is not the rights holder", and IPP generates its template only when
        "the complainant differs from the rights holder" (R11), whatever the category the
        account registered with (B4). A ``complaint`` whose listings all belong to a
        marketplace filed as the platform (B1: Xianyu as Taobao) is also covered by a letter
        naming that marketplace."""
        ctx = self.ctx
        if right.registrant.strip() and _same_name(right.registrant, ctx.plan.account.name):
            return
        letters = ctx.plan.account.authorisations
        names = _filed_names(rules, platform)
        covering = _covering(letters, right, names)
        if not covering and complaint is not None and any(a.platforms for a in letters):
            markets = self._markets_filed_as(rules, complaint)
            if markets:  # a Taobao complaint of Xianyu listings: a letter for Xianyu covers it
                names = names | markets
                covering = _covering(letters, right, names)
        general = [
            r
            for r in rules.account_requirements.values()
            if r.subject == "authorisation" and r.category in (None, "agent")
        ]
        if not covering:
            yield ctx.finding(
                "authorisation-missing",
                f"{at}.right",
                f"no letter of authorisation covers right {right.id!r} on {platform} "
                f"({len(letters)} letters in $.account.authorisations)"
                + _letter_slips(rules, ctx.plan, right),
                # rests on R10 (a letter from the holder) and its two forms (R11, R12), B7:
                # the catalogue's rules, not the record's R13 (an individual's signature)
            )
            return
        valid = [
            (i, a)
            for i, a in covering
            if (a.valid_from is None or a.valid_from <= day)
            and (a.valid_until is None or day <= a.valid_until)
        ]
        if not valid:
            spans = "; ".join(
                f"$.account.authorisations[{i}] {a.valid_from or '...'} to {a.valid_until or '...'}"
                for i, a in covering
            )
            yield ctx.finding(
                "authorisation-not-valid",
                f"{at}.right",
                f"no letter covering right {right.id!r} on {platform} is valid on {day} ({spans})",
                # rests on R10 and R12 (a letter that grants enforcement): the catalogue's
                # rules, not the record's B7, R11, R13 (what a letter holds)
            )
            return
        for req in general:
            if not names.isdisjoint(req.platforms) and not any(
                a.states_scope and a.states_validity for _, a in valid
            ):
                first = valid[0][0]
                yield ctx.finding(
                    "authorisation-scope-unstated",
                    f"{at}.right",
                    f"$.account.authorisations[{first}] must state its scope and validity "
                    f"period on {platform}: {req.text}",
                    req,
                )
        for code, message, _ in missing_records(
            rules, "account_requirements", "the letters' scope and validity", _letters(names)
        ):
            yield ctx.finding(code, f"{at}.right", message)

    def _markets_filed_as(self, rules: ResolvedRules, complaint: Complaint) -> frozenset[str]:
        """The marketplaces of the complaint's listings where every listing is of a
        marketplace this reading files as the complaint's platform (B1: Xianyu as Taobao; none
        under official, R33, D11), so that a letter naming it covers the complaint; empty
        otherwise (a listing of the platform itself, or one that does not parse)."""
        forms = self.listings.forms_of(complaint)
        markets = frozenset(f.marketplace for f in forms if f is not None)
        if not forms or None in forms:
            return frozenset()
        for name in markets:
            market = rules.marketplaces.get(name)
            if market is None or market.files_as != complaint.platform:
                return frozenset()
        return markets

    def _reason(
        self,
        at: str,
        rules: ResolvedRules,
        complaint: Complaint,
        right: Right,
        platform: Platform | None,
    ) -> Iterator[Finding]:
        """The reason code: known, fitting the right, platform and target; its supplement
        reason and the evidence it needs."""
        code = rules.reason_codes.get(complaint.reason)
        if code is None:
            yield self.ctx.finding(
                "reason-unknown",
                f"{at}.reason",
                _reason_message(rules, complaint.reason, complaint.platform)
                + self._reason_choices(rules, complaint, right, platform),
            )
            return
        misfit = list(self._reason_fit(at, code, complaint, right, platform))
        if misfit and platform is not None:  # B16: name the codes that fit instead
            hint = _offered(rules, complaint, right, platform, self.ctx.plan.account.good_faith)
            mark = self.ctx.mark(code, platform=complaint.platform)
            misfit = [
                f if f.code not in _MISFITS else attrs.evolve(f, message=_before(f, mark, hint))
                for f in misfit
            ]
        yield from misfit
        if not misfit and platform is not None and complaint.platform in code.inferred_platforms:
            yield self._offered_by_inference(at, rules, code, complaint, right)
        if is_blank(complaint.supplement):  # white space or invisible characters only
            yield from self._supplement(at, rules, code, complaint)
        yield from self._evidence(at, rules, code, complaint, fits=not misfit)

    def _offered_by_inference(
        self, at: str, rules: ResolvedRules, code: ReasonCode, complaint: Complaint, right: Right
    ) -> Finding:
        """``reason-offered-inferred``: the platform offers the (fitting) reason code only by
        the rule book's inference (the record's ``inferred_platforms``: R50's member codes are
        not public, R54's texts are Taobao's), naming the codes the platform offers by its
        sources' word that fit the same facts (a wrong code cannot be fixed, B16)."""
        platform = complaint.platform
        try:
            offered = rules.reason_codes_for(
                right.ipr_type.value,
                platform,
                complaint.target,
                member=self.ctx.plan.account.good_faith,
                subtype=None if right.subtype is None else right.subtype.value,
            )
        except UnknownNameError:  # pragma: no cover - the code fits, so the names are known
            offered = ()
        facts = set(code.facts)
        sourced = [
            c.id
            for c in offered
            if c.id != code.id
            and platform not in c.inferred_platforms
            and (not facts or facts & set(c.facts))
        ]
        message = (
            f"{platform} offers {code.id} only by the rule book's inference, not by its "
            "sources' word: file it only where the form lists it, since a wrong code cannot be "
            "fixed (B16); "
        )
        if sourced:
            message += f"offered by its sources' word for the same facts: {', '.join(sourced)}"
        else:
            message += f"no code {platform} offers by its sources' word fits the same facts"
        return self.ctx.finding(
            "reason-offered-inferred", f"{at}.reason", message, code, platform=platform
        )

    def _reason_choices(
        self, rules: ResolvedRules, complaint: Complaint, right: Right, platform: Platform | None
    ) -> str:
        """The reason codes of the right's type the platform offers for the target, as a
        reason-unknown message ends (what to write instead); empty when there are none."""
        if platform is None:
            return ""
        try:
            codes = rules.reason_codes_for(
                right.ipr_type.value,
                platform.id,
                complaint.target,
                member=self.ctx.plan.account.good_faith,
                subtype=None if right.subtype is None else right.subtype.value,
            )
        except UnknownNameError:  # a type or subtype the book does not have on that date
            return ""
        if not codes:
            return ""
        what = right.ipr_type.value
        if right.subtype is not None:
            what = f"{what} ({right.subtype.value})"
        return (
            f"; the {what} reasons on {platform.id} for a {complaint.target.value}: "
            f"{', '.join(c.id for c in codes)} (`ipprules advise` ranks them for your facts)"
        )

    def _reason_fit(
        self,
        at: str,
        code: ReasonCode,
        complaint: Complaint,
        right: Right,
        platform: Platform | None,
    ) -> Iterator[Finding]:
        """Whether the reason code fits the right, the platform, the target and the account.

        Where store fronts are a documented gap (D13), so are their reason codes: a listing
        code on a store front there, or a store-front code documented for other platforms,
        is left to ``storefront-unknown``."""
        ctx = self.ctx
        platform_known = platform is not None
        path = f"{at}.reason"
        front = _front(platform, complaint, right)
        undocumented, refused = front is Answer.UNKNOWN, front is Answer.NO
        if code.ipr_type != right.ipr_type.value:
            yield ctx.finding(
                "reason-wrong-ipr-type",
                path,
                f"{code.id} is a {code.ipr_type} reason; right {right.id!r} is a "
                f"{right.ipr_type.value}",
                # the refusal rests on B16 (codes depend on the IPR type), not on the code's
                # penalties and offers: the catalogue's rules, sources and no caveat of theirs
            )
        elif code.subtypes and (right.subtype is None or right.subtype.value not in code.subtypes):
            have = right.subtype.value if right.subtype is not None else "no subtype"
            yield ctx.finding(
                "reason-wrong-subtype",
                path,
                f"{code.id} is for {', '.join(code.subtypes)} patents; right {right.id!r} has "
                f"{have}",
                # the refusal rests on B16 and the subtypes of patents (R17) the documented
                # reasons are split by (R52, R54): the catalogue's rules, not the code's offers
            )
        elsewhere = undocumented and Target.STOREFRONT in code.targets  # a store-front code
        # no store fronts here (B16): that is the one fault (storefront-not-allowed), which a
        # store-front code or a listing code fails with; a listing code not offered here is
        # a fault of its own
        elsewhere = elsewhere or (refused and Target.LISTING not in code.targets)
        if platform_known and complaint.platform not in code.platforms and not elsewhere:
            # the refusal rests on B16 and the reasons each platform's form offers (R41, and
            # the documented lists R48, R51, R52, R54): the catalogue's rules; the code's own
            # mark stays, as its offers are what is refused (the drop-downs are not public)
            yield ctx.finding(
                "reason-wrong-platform",
                path,
                f"{code.id} is not offered on {complaint.platform}"
                + ctx.mark(code, platform=complaint.platform),
            )
        if complaint.target not in code.targets and not (undocumented or refused):
            # the refusal rests on B16 and the form's complaint type chosen before the reason
            # (R41, R42): the catalogue's rules; the code's own mark stays, as its targets are
            # what is refused (the drop-downs are not public)
            yield ctx.finding(
                "reason-wrong-target",
                path,
                f"{code.id} is for {' or '.join(t.value for t in code.targets)} complaints, "
                f"not {complaint.target.value}" + ctx.mark(code, platform=complaint.platform),
            )
        if code.good_faith_only and not ctx.plan.account.good_faith:
            yield ctx.finding(
                "reason-good-faith-only",
                path,
                f"{code.id} is reserved for Good Faith members; the account is not one",
                code,
                platform=complaint.platform,
            )
        elif code.good_faith_only and complaint.channel is not ChannelId.PORTAL:
            # membership is a status of an IPP account (R74): its codes are the portal's
            yield ctx.finding(
                "reason-good-faith-only",
                path,
                f"{code.id} is reserved for Good Faith members filing through their IPP account "
                f"(the portal), not the {complaint.channel.value.replace('_', ' ')}",
                code,
                platform=complaint.platform,
            )

    def _supplement(
        self, at: str, rules: ResolvedRules, code: ReasonCode, complaint: Complaint
    ) -> Iterator[Finding]:
        """A complaint without a supplement reason: allowed only where the burden is lightened."""
        gf = rules.good_faith
        lightened = (
            code.lightens_burden
            and self.ctx.plan.account.good_faith
            and complaint.channel is ChannelId.PORTAL
            and gf is not None
            and complaint.platform in gf.platforms
        )
        if lightened:
            if code.confidence is Confidence.INFERRED:  # R76 names no bases: ipprules' reading
                # it rests on B22 and R76 (the lighter burden) and R79 (the programme's
                # platforms): the catalogue's rules, not the code's penalties or Good Faith's
                # thresholds; what is inferred is R76's bases, so the mark names R76
                yield self.ctx.finding(
                    "supplement-burden-inferred",
                    f"{at}.supplement",
                    f"no supplement reason: a Good Faith member may leave it out for {code.id} "
                    "(inferred: R76 reduces a member's burden of proof for certain complaint "
                    "bases without naming them); add the supplement reason to be safe"
                    + confidence_mark(Confidence.INFERRED.value, ("R76",)),
                )
            return
        member = (
            self.ctx.plan.account.good_faith
            and complaint.channel is ChannelId.PORTAL
            and gf is not None
            and complaint.platform in gf.platforms
        )
        if member:  # R76: "certain complaint bases", which ones not documented
            yield self.ctx.finding(
                "supplement-burden-unknown",
                f"{at}.supplement",
                f"no supplement reason: a Good Faith member's burden of proof is reduced for "
                f"certain complaint bases (R76), which ones is not documented; {code.id} is not "
                "known to be one: add the supplement reason to be safe",
            )  # B22, R76, R79: the catalogue's rules, not the code's or the thresholds
            return
        why = (
            "only Good Faith members filing on the Good Faith platforms may leave it out "
            f"for {code.id}"
            if code.lightens_burden
            else f"{code.id} does not lighten the burden of proof"
        )
        if code.lightens_burden and self.ctx.plan.account.good_faith and gf is None:
            day = complaint.filing_date or self.ctx.day
            why += f"; the Good Faith programme is not in force for this account on {day}"
        elif (
            code.lightens_burden
            and self.ctx.plan.account.good_faith
            and (scope := good_faith_scope_note(rules, complaint.platform))
        ):
            why += f"; {scope}"  # D2: the Handbook's scope, the default; S21 reads it wider
        # it rests on the form's supplement reason (B17, R41) and a member's lighter burden
        # (B22, R76): the catalogue's rules, not the code's penalty rules or Good Faith's
        # thresholds; the scope note names R79 and D2 where it applies
        yield self.ctx.finding(
            "supplement-missing", f"{at}.supplement", f"no supplement reason: {why}"
        )

    def _evidence(
        self, at: str, rules: ResolvedRules, code: ReasonCode, complaint: Complaint, *, fits: bool
    ) -> Iterator[Finding]:
        """The evidence the reason code asks for (documents, the test purchase's order number);
        what it only recommends, when the code fits the complaint (no advice to gather proof
        for a reason that cannot be filed)."""
        ctx = self.ctx
        held = {d.kind for d in complaint.evidence}
        for doc in code.evidence:
            if doc == "order_number":
                if is_blank(complaint.order_number or ""):
                    yield ctx.finding(
                        "evidence-missing",
                        f"{at}.order_number",
                        f"{code.id} needs the test purchase's order number",
                        code,
                        platform=complaint.platform,
                    )
            elif doc not in held:
                yield ctx.finding(
                    "evidence-missing",
                    f"{at}.evidence",
                    f"{code.id} needs {_named(rules, doc)}",
                    code,
                    platform=complaint.platform,
                )
        for doc in code.without_evidence if fits else ():
            if doc in held:
                yield ctx.finding(
                    "evidence-contradicts-reason",
                    f"{at}.evidence",
                    f"{code.id} is for a complaint without {_named(rules, doc)}, and one is "
                    "attached",
                    code,
                    platform=complaint.platform,
                )
        for doc in code.recommended_evidence if fits else ():
            if doc not in held:
                yield ctx.finding(
                    "evidence-recommended",
                    f"{at}.evidence",
                    f"{code.id}: proof by {_named(rules, doc)} is recommended, not required",
                    code,
                    platform=complaint.platform,
                )


#: The fields of a complaint its own findings read: all but its id and its listings (of
#: which they read the number alone).
_CHECKED = operator.attrgetter(
    *(a.name for a in attrs.fields(Complaint) if a.name not in ("id", "listings"))
)


def _same_checks(complaint: Complaint) -> tuple[Any, ...] | None:
    """What a complaint's own findings depend on (its class, the number of its listings, its
    other fields but its id, and their classes: ``1`` and ``True`` are equal), or None where a
    field cannot be hashed.

    >>> from ipprules.checks.model import Complaint
    >>> one = Complaint(id="a", platform="taobao", right="tm", reason="tm_counterfeit",
    ...                 listings=("https://item.taobao.com/item.htm?id=606832683299",))
    >>> two = Complaint(id="b", platform="taobao", right="tm", reason="tm_counterfeit",
    ...                 listings=("https://item.taobao.com/item.htm?id=612345678901",))
    >>> _same_checks(one) == _same_checks(two)
    True
    >>> _same_checks(one) == _same_checks(attrs.evolve(two, listings=()))
    False
    """
    fields = _CHECKED(complaint)
    key = (type(complaint), len(complaint.listings), fields, tuple(map(type, fields)))
    try:
        hash(key)
    except TypeError:
        return None
    return key


def _shareable(at: str, found: list[Finding]) -> bool:
    """Whether the findings of the complaint at ``at`` hold for another with the same
    :func:`_same_checks` key at its own path: each path is ``at`` or under it (short of the
    length :func:`~ipprules.errors.bounded_text` cuts), and no message names the complaint's
    index.

    >>> from ipprules.checks.findings import Finding, FindingSeverity
    >>> f = Finding("listings-empty", FindingSeverity.ERROR, "$.complaints[2].listings", "none")
    >>> _shareable("$.complaints[2]", [f]), _shareable("$.complaints[1]", [f])
    (True, False)
    >>> _shareable("$.complaints[2]", [attrs.evolve(f, message="as $.complaints[2]")])
    False
    """
    index = at[at.rindex("[") :]
    return all(
        f.path.startswith(at)
        and f.path[len(at) : len(at) + 1] in ("", ".")
        and len(f.path) < MESSAGE_LIMIT - 40
        and index not in f.message
        for f in found
    )


def _named(rules: ResolvedRules, doc: str) -> str:
    """A document id with its name in brackets (when the rule book knows it)."""
    kind = rules.documents.get(doc)
    return f"{doc} ({kind.name})" if kind is not None else doc


def _platform_message(rules: ResolvedRules, platform_id: str) -> str:
    market = rules.marketplaces.get(platform_id)
    if market is not None:
        if market.files_as:
            return f"{market.name} is not an IPP platform: it is filed as {market.files_as}"
        return f"{market.name} is not an IPP platform, and what it is filed as is not documented"
    when = rules.on_ipp(platform_id)
    if when:
        return f"{platform_id} is an IPP platform {when}, not on {rules.as_of}"
    sites = rules.sites_note(platform_id)
    if sites:
        return f"{platform_id!r} is not an IPP platform: {sites}"
    site = rules.site_of(platform_id)  # 'tmall.hk' is Tmall Global's site, not near 'tmall'
    if site is not None:
        hint = f" (did you mean {site!r}?): {rules.site_note(platform_id)}"
    else:  # 'Taobao', full-width 'ＴＭＡＬＬ', 'XIANYU', lazada_gd (lazada_id mistyped)
        near = _suggested(rules, platform_id)
        hint = f" (did you mean {near!r}?{lookalike(platform_id, near)})" if near else ""
    return f"{platform_id!r} is not an IPP platform{hint} (known: {', '.join(rules.platforms)})"


def _suggested(rules: ResolvedRules, platform_id: str) -> str | None:
    """The name :meth:`ResolvedRules.platform` suggests for ``platform_id``, as every
    ``--platform`` does: the nearest id, the regional id a key slipped in, or the marketplace
    typed in another case (``XIANYU``)."""
    try:
        rules.platform(platform_id, filed_as=False)
    except UnknownNameError as exc:
        return exc.suggestion
    return None  # a platform of the day: nothing to suggest


def _front(platform: Platform | None, complaint: Complaint, right: Right) -> Answer | None:
    """Whether the platform takes the complaint's store front (of its right's IPR type):
    None for a listing or an unknown platform."""
    if platform is None or complaint.target is not Target.STOREFRONT:
        return None
    return platform.storefront_for(right.ipr_type.value)


#: The findings of a reason code that does not fit, which name the codes that do.
_MISFITS = frozenset(
    {
        "reason-wrong-ipr-type",
        "reason-wrong-subtype",
        "reason-wrong-platform",
        "reason-wrong-target",
    }
)


def _before(finding: Finding, mark: str, hint: str) -> str:
    """The finding's message with ``hint`` added before its confidence ``mark``, which ends
    a message."""
    message = finding.message
    if mark and message.endswith(mark):
        return message[: -len(mark)] + hint + mark
    return message + hint


def _offered(
    rules: ResolvedRules, complaint: Complaint, right: Right, platform: Platform, member: bool
) -> str:
    """The reason codes offered for the complaint's right (type and subtype), platform and
    target on its date, as a clause to add to a finding (B16: a wrong code cannot be fixed).

    Where store fronts of the type are a documented gap (D13), the codes are those ``check``
    leaves to ``storefront-unknown``: any target, and store-front codes of other platforms."""
    kind = right.ipr_type.value
    sub = right.subtype.value if right.subtype is not None else None
    subtypes = {s for c in rules.reason_codes.values() if c.ipr_type == kind for s in c.subtypes}
    if sub not in subtypes:
        sub = None  # a subtype its type does not have is right-subtype-invalid's finding
    front = platform.storefront_for(kind) if complaint.target is Target.STOREFRONT else None
    gap = front is Answer.UNKNOWN
    codes = [
        c.id
        for c in rules.reason_codes.values()
        if front is not Answer.NO  # no store fronts here: no code fits one (advise says so)
        and c.ipr_type == kind
        and (not c.subtypes or sub is None or sub in c.subtypes)
        and (complaint.platform in c.platforms or (gap and Target.STOREFRONT in c.targets))
        and (gap or complaint.target in c.targets)
        and (member or not c.good_faith_only)
    ]
    what = f"{kind}{f' ({sub})' if sub else ''} {complaint.target.value} complaints on "
    what += f"{complaint.platform} on {rules.as_of}"
    if codes:
        return f"; offered for {what}: {', '.join(codes)}"
    return f"; no reason code is offered for {what}"


def label_hint(rules: ResolvedRules, reason: str) -> str:
    """`` (it is the label of 'tm_counterfeit': write its code)`` for a reason that copies one
    reason code's label in any case and spacing ("Counterfeit goods", as ``advise`` and
    ``rules reasons`` show it), else ``""``; ``check`` and ``plan`` say it of an unknown
    reason."""
    text = " ".join(reason[:200].casefold().split()).rstrip(".")
    found = {c.id for c in rules.reason_codes.values() if c.label.casefold() == text}
    return f" (it is the label of {found.pop()!r}: write its code)" if len(found) == 1 else ""


def _reason_message(rules: ResolvedRules, reason: str, platform: str = "") -> str:
    # every span of the code's records, under the reading and those it builds on (as
    # ResolvedRules.reason_code says it), not its first record's alone
    note = rules.not_in_force("reason_codes", reason)
    if note:
        codes = [r for r in rules.book.records("reason_codes") if isinstance(r, ReasonCode)]
        offered = sorted({p for r in codes if r.id == reason for p in r.platforms})
        if platform and offered and platform not in offered:  # R51: tm_misleading, AliExpress
            return f"reason code {note}, and only on {', '.join(offered)}, never on {platform}"
        return f"reason code {note}"
    hint = label_hint(rules, reason) or did_you_mean(reason, sorted(rules.reason_codes))
    # a user's rule book (or code) may be 100 KB long: each is cut, the message kept whole
    named, code = bounded_text(rules.rulebook, NAME_LIMIT), bounded_text(repr(reason), NAME_LIMIT)
    return f"{code} is not a reason code of the rule book ({named}){hint}"


def _letters(platforms: frozenset[str]) -> Callable[[Rule], bool]:
    """Whether an account requirement is one on the letters of authorisation an agent's
    complaint on ``platforms`` (:func:`_filed_names`) reads (``_authorisation``)."""
    return lambda r: (
        isinstance(r, AccountRequirement)
        and r.subject == "authorisation"
        and r.category in (None, "agent")
        and not platforms.isdisjoint(r.platforms)
    )


def _letter_slips(rules: ResolvedRules, plan: Plan, right: Right) -> str:
    """Why the letters of ``plan`` that name ``right`` (or a near id no right of the plan has)
    may miss a complaint: a platform they name that is no platform (``Taobao``, ``Malaysia``,
    ``lazada``: :meth:`~ipprules.rulebook.ResolvedRules.platform_hint`), a right id that is a
    slip of ``right.id``; ``""`` when there is none, else ``"; "`` before the first three."""
    ids = {r.id for r in plan.rights}
    said: list[str] = []
    for i, letter in enumerate(plan.account.authorisations):
        at = f"$.account.authorisations[{i}]"
        slips = [
            (j, name)
            for j, name in enumerate(letter.rights)
            if name not in ids and suggest(name, [right.id]) == right.id
        ]
        if letter.rights and right.id not in letter.rights and not slips:
            continue  # a letter for other rights
        said.extend(
            f"{at}.rights[{j}]: no right {bounded_text(repr(name), 80)} in the plan "
            f"(did you mean {right.id!r}?{lookalike(name, right.id)})"
            for j, name in slips
        )
        for j, name in enumerate(letter.platforms):
            hint = rules.platform_hint(name)
            if hint:
                said.append(f"{at}.platforms[{j}]: {bounded_text(repr(name), 80)} is {hint}")
    return "".join(f"; {text}" for text in said[:3])


def _covering(
    letters: tuple[Authorisation, ...], right: Right, names: frozenset[str]
) -> list[tuple[int, Authorisation]]:
    """The letters (with their index) that cover ``right`` on a platform of ``names``."""
    return [
        (i, a)
        for i, a in enumerate(letters)
        if (not a.rights or right.id in a.rights)
        and (not a.platforms or not names.isdisjoint(a.platforms))
    ]


def _filed_names(rules: ResolvedRules, platform: str) -> frozenset[str]:
    """The names a letter of authorisation may give for a complaint on ``platform``: the
    platform, and the one a marketplace is filed as where the reading files it (B1: Xianyu
    as Taobao, whose letters and letter rules, R32, it takes; none under official, D11)."""
    market = rules.marketplaces.get(platform)
    if market is None or not market.files_as:
        return frozenset({platform})
    return frozenset({platform, market.files_as})
