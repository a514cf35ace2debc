"""Checks of a complaint's listings: each parses, is on the complaint's platform, is of the
target's kind, and is not repeated in the complaint or the plan.

Each URL is parsed once. What depends only on the URL form (its platform,
marketplace and kind) is decided once per form and complaint, so the work per
listing is a parse, a dictionary lookup and the identity key.

Conventions: a ``taobao_or_tmall`` listing (a mobile or overseas Taobao URL that
serves both sites) in a Taobao or Tmall complaint is a *warning*
(``listing-platform-ambiguous``), and an error on any other platform. A Xianyu
listing files as Taobao where the rule book says so (the brief) and is
``unknown`` where it does not (the official reading).
"""

from __future__ import annotations

from collections.abc import Iterator

from ipprules._args import _article
from ipprules.checks._missing import missing_record
from ipprules.checks.context import Context, Draft
from ipprules.checks.findings import Finding
from ipprules.checks.model import Complaint
from ipprules.listings import Form, Listing, parse_listing
from ipprules.listings.parser import may_hold_several, other_listings, space_hint
from ipprules.rulebook import ResolvedRules
from ipprules.rulebook.model import Answer, Target

#: ``verdict`` (given a resolved view) is the engine's helper, importable by name.
__all__ = ["ListingChecker"]

_AMBIGUOUS = "taobao_or_tmall"
_NOTE = Listing.note.fget  # type: ignore[attr-defined]  # the getter, on the hot path
_EITHER = frozenset({"taobao", "tmall"})


def _nowhere(key: str) -> None:
    """No earlier complaint (the rule book has no cross-complaint rule on this date)."""
    return None


class ListingChecker:
    """Checks the listings of each complaint; remembers where each listing was first seen."""

    __slots__ = ("ctx", "forms", "rights", "seen")

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.seen: dict[str, str] = {}
        #: The right of each complaint checked, by its path (a repeat says whether the
        #: earlier complaint was for the same right).
        self.rights: dict[str, str] = {}
        #: Per complaint path: what each URL form met meant there (to compare readings).
        self.forms: dict[str, dict[Form, list[Draft]]] = {}

    def check(self, at: str, rules: ResolvedRules, complaint: Complaint) -> Iterator[Finding]:
        """Findings for every listing of one complaint (paths ``{at}.listings[j]``)."""
        finding = self.ctx.finding
        platform = complaint.platform
        target = complaint.target
        verdicts: dict[Form, list[Draft]] = {}
        self.forms[at] = verdicts
        self.rights[at] = complaint.right
        local: dict[str, int] = {}
        seen = self.seen
        parse = parse_listing
        get_verdict = verdicts.get
        remember = local.setdefault
        across = rules.limits.get("complaints_per_listing")
        gap = None if across is not None else self._gap(rules)
        earlier_of = seen.get if across is not None or gap is not None else _nowhere
        note_of = _NOTE
        for j, text in enumerate(complaint.listings):
            result = parse(text)
            if type(result) is not Listing:
                message = f"{result.message} [{result.code}]"  # type: ignore[union-attr]
                suggestion = getattr(result, "suggestion", None)
                if suggestion:
                    message += f" (suggestion: {suggestion})"
                message += space_hint(text, result.code)  # type: ignore[union-attr]
                yield finding("listing-rejected", f"{at}.listings[{j}]", message)
                continue
            if may_hold_several(text):  # a plain URL holds no other
                others = other_listings(text, result)  # as the planner finds them
                if others:
                    yield finding(
                        "listing-several-urls",
                        f"{at}.listings[{j}]",
                        f"{len(others) + 1} listing URLs in one entry; only the first "
                        f"({result.canonical_url}) is read: put each in an entry of its own",
                    )
            # A Listing is a bare tuple (form, id, extra value, input text); see its docstring.
            form = result[0]
            drafts = get_verdict(form)
            if drafts is None:
                drafts = verdicts[form] = verdict(rules, form, platform, target)
            if drafts:
                for code, message, records in drafts:
                    yield finding(code, f"{at}.listings[{j}]", message, *records)
            key = form.identity_key(result[1], result[2])
            first = remember(key, j)
            if first != j:
                yield finding(
                    "listing-duplicate",
                    f"{at}.listings[{j}]",
                    f"{result.canonical_url} repeats {at}.listings[{first}]",
                )
            else:
                earlier = earlier_of(key)
                if earlier is not None and gap is not None:  # said once a complaint
                    yield finding(gap[0], f"{at}.filing_date", gap[1])
                    gap = None
                    earlier_of = _nowhere
                elif earlier is not None:
                    yield finding(
                        "listing-duplicate-in-plan",
                        f"{at}.listings[{j}]",
                        self._repeat(result.canonical_url, earlier, complaint.right),
                        across,
                    )
            note = note_of(result)
            if note:
                yield finding("listing-note", f"{at}.listings[{j}]", note)
        for key, j in local.items():
            seen.setdefault(key, f"{at}.listings[{j}]")

    @staticmethod
    def _gap(rules: ResolvedRules) -> Draft | None:
        """``rule-record-missing`` for the limit on complaints per listing, where the book
        has it on other days but not on this one."""
        return missing_record(
            rules, "limits", "complaints_per_listing", "a listing filed in several complaints"
        )

    def _repeat(self, url: str, earlier: str, right: str) -> str:
        """What a listing already in an earlier complaint means: it may be filed again only
        for another right (``complaints_per_listing``; R45: one complaint, one right). The
        rights compared are the complaints' first (the one every other check looks at)."""
        before = self.rights.get(earlier.rpartition(".listings[")[0], "")
        if not right or not before:  # a complaint naming no right: nothing to compare
            return f"{url} is already in {earlier}"
        if right == before:
            return (
                f"{url} is already in {earlier}, for the same right {right!r}: a listing may "
                "be filed again only for another right"
            )
        return (
            f"{url} is already in {earlier}, for another right ({before!r}; here {right!r}): "
            "filing it again for another right is allowed where the listing infringes both"
        )

    def forms_of(self, complaint: Complaint) -> list[Form | None]:
        """The URL form of each listing of ``complaint`` (None where it does not parse); the
        planner's checker answers from the listings it parsed."""
        out: list[Form | None] = []
        for text in complaint.listings:
            parsed = parse_listing(text)
            out.append(parsed[0] if type(parsed) is Listing else None)
        return out


def verdict(rules: ResolvedRules, form: Form, platform: str, target: Target) -> list[Draft]:
    """What a URL form means in a complaint on ``platform`` against ``target``."""
    out: list[Draft] = []
    on = form.platform
    market = rules.marketplaces.get(form.marketplace)
    if market is not None:
        if market.known is Answer.UNKNOWN or market.files_as is None:
            if on == platform:
                out.append(
                    (
                        "listing-marketplace-unknown",
                        f"a {market.name} listing: whether it can be filed as {platform} is not "
                        "documented",
                        (market,),
                    )
                )
            else:
                out.append(
                    (
                        "listing-wrong-platform",
                        f"{_article(market.name)} {market.name} listing in a complaint on "
                        f"{platform}",
                        (market,),
                    )
                )
        elif market.files_as != platform:
            out.append(
                (
                    "listing-wrong-platform",
                    f"a {market.name} listing (filed as {market.files_as}) in a complaint on "
                    f"{platform}",
                    (market,),
                )
            )
    elif on == _AMBIGUOUS:
        if platform in _EITHER:
            out.append(
                (
                    "listing-platform-ambiguous",
                    "this URL form serves Taobao and Tmall items alike; make sure the item is "
                    f"on {platform}",
                    (),
                )
            )
        else:
            out.append(
                (
                    "listing-wrong-platform",
                    f"a Taobao or Tmall listing in a complaint on {platform}",
                    (),
                )
            )
    elif on != platform:
        said = f"{_article(on)} {on} listing in a complaint on {platform}"
        out.append(("listing-wrong-platform", said, ()))
    if out and platform not in rules.platforms:  # the listing cannot be judged against it
        out = [_not_judged(draft, platform) for draft in out]
    if form.kind != target.value:
        out.append(
            (
                "listing-wrong-kind",
                f"a {form.kind} URL in a {target.value} complaint",
                (),
            )
        )
    return out


#: The planner's name for :func:`verdict` (kept so that both import paths work).
_verdict = verdict


def _not_judged(draft: Draft, platform: str) -> Draft:
    """``listing-wrong-platform`` of a complaint whose ``platform`` the rules do not know (said
    once, by ``platform-unknown``) as ``listing-not-judged``: whether the listing belongs in
    the complaint cannot be told, and what it is on is kept (``a lazada_my listing``)."""
    code, message, records = draft
    if code != "listing-wrong-platform":
        return draft
    listing = message.partition(" in a complaint on ")[0]
    return (
        "listing-not-judged",
        f"{listing}: not judged against the complaint's platform {platform!r}, which the "
        "rules do not know (see platform-unknown); name a known platform and check again",
        records,
    )
