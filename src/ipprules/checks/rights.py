"""Checks of the rights, on their own and for one platform on one filing date.

:func:`check_rights` yields what holds whatever the complaint (verification,
subtype, advice for the ``other`` type, registrant, expiry date given).
:func:`right_on_platform` and :func:`right_on_day` return what depends on the
complaint's platform and date; the complaint checker reports them at the
complaint's ``right`` path.
"""

from __future__ import annotations

import datetime as dt
import functools
import weakref
from collections.abc import Callable, Iterator

import attrs

from ipprules._args import require_instance
from ipprules.checks._missing import missing_record, missing_records
from ipprules.checks.context import Context, Draft
from ipprules.checks.evidence import (
    FACT,
    _same_name,
    applicable,
    classed_number,
    evaluation_positive,
    held_findings,
    labelled_number,
    registrant_of,
    separated_number,
    several_numbers,
)
from ipprules.checks.findings import Finding
from ipprules.checks.model import (
    Account,
    Category,
    Conclusion,
    IprType,
    MarkKind,
    PendingAssignment,
    Right,
    RightStatus,
    Verification,
)
from ipprules.errors import quoted
from ipprules.rulebook import ResolvedRules
from ipprules.rulebook.model import Answer, Confidence, DocumentRule, Registrations, Rule

#: ``right_on_day``/``right_on_platform`` (given a resolved view) are the checks' and the
#: coverage's helpers, importable by name.
__all__ = ["check_rights", "has_place"]


def check_rights(ctx: Context) -> Iterator[Finding]:
    """Findings about each right that do not depend on a complaint."""
    rules = require_instance(ctx, Context, "ctx").rules()
    account = ctx.plan.account
    used = {r for c in ctx.plan.complaints for r in c.rights}
    for i, right in enumerate(ctx.plan.rights):
        at = f"$.rights[{i}]"
        yield from _documents(ctx, at, right)
        verified = rules.account_requirements.get("right_verified")
        if right.verification is Verification.PENDING:
            yield ctx.finding(
                "right-verification-pending",
                f"{at}.verification",
                f"right {right.id!r} is pending verification: its complaints wait until it is "
                "approved",
                verified,
            )
        elif right.verification is Verification.FAILED:
            yield ctx.finding(
                "right-verification-failed",
                f"{at}.verification",
                f"right {right.id!r} failed verification: it cannot back a complaint",
                verified,
            )
        yield from _kind(ctx, at, right)
        if (
            account.category is Category.RIGHT_HOLDER
            and right.registrant.strip()
            and not _same_name(right.registrant, account.name)
        ):
            yield ctx.finding(
                "right-registrant-mismatch",
                f"{at}.registrant",
                f"the account files as right holder {account.name!r} but the registrant of "
                f"{right.id!r} is {right.registrant!r}"
                f"{_pending_mismatch(right) or _licensee_letter(account, right)}",
            )
        yield from _mark(ctx, at, right)
        if right.ipr_type is IprType.TRADEMARK and right.expiry_date is None:
            yield ctx.finding(
                "right-expiry-missing",
                f"{at}.expiry_date",
                f"trademark {right.id!r} has no expiry date, so expiry cannot be checked",
            )
        yield from _form_fields(ctx, at, right)
        yield from _pending_assignment(ctx, at, right)
        yield from _classes(ctx, at, right)
        yield from _acceptance_notice(ctx, at, right)
        if right.id not in used:
            yield ctx.finding("right-unused", at, f"no complaint relies on right {right.id!r}")


def _kind(ctx: Context, at: str, right: Right) -> Iterator[Finding]:
    """The right's subtype for its IPR type (B6), and advice for the ``other`` type (B10);
    ``rule-record-missing`` where the book has the type's record on other days only."""
    rules = ctx.rules()
    kind = rules.ipr_types.get(right.ipr_type.value)
    if kind is None:
        what = "the right's subtype and type"
        gap = missing_record(rules, "ipr_types", right.ipr_type.value, what)
        if gap is not None:
            yield ctx.finding(gap[0], f"{at}.ipr_type", gap[1])
            return
    subtypes = kind.subtypes if kind is not None else ()
    if subtypes and (right.subtype is None or right.subtype.value not in subtypes):
        yield ctx.finding(
            "right-subtype-invalid",
            f"{at}.subtype",
            f"a {right.ipr_type.value} needs a subtype: {', '.join(subtypes)}",
            kind,
        )
    elif not subtypes and right.subtype is not None:
        yield ctx.finding(
            "right-subtype-invalid",
            f"{at}.subtype",
            f"a {right.ipr_type.value} has no subtype (got {right.subtype.value!r})",
            kind,
        )
    if right.ipr_type is IprType.OTHER and not right.advised:
        yield ctx.finding(
            "right-other-without-advice",
            f"{at}.advised",
            f"right {right.id!r} is of type 'other': ask Alibaba for advice before filing",
            kind,
        )


_NAME_BY_MARK = {
    MarkKind.WORD: "enter the word",
    MarkKind.FIGURATIVE: "briefly describe the device",
    MarkKind.COMBINATION: "describe both the words and the device",
}


def _mark(ctx: Context, at: str, right: Right) -> Iterator[Finding]:
    """The kind of mark (trademarks only) and the name field it asks for (R21)."""
    if right.mark is None:
        return
    if right.ipr_type is not IprType.TRADEMARK:
        yield ctx.finding(
            "right-mark-invalid",
            f"{at}.mark",
            f"a {right.ipr_type.value} has no kind of mark (got {right.mark.value!r}): word, "
            "figurative and combination marks are trademarks",
        )
        return
    rule = next((r for r in ctx.rules().evidence_rules.values() if r.test == "mark_name"), None)
    if rule is not None and not right.name.strip():
        yield ctx.finding(
            "right-name-missing",
            f"{at}.name",
            f"trademark {right.id!r} is a {right.mark.value} mark with no name: for its name, "
            f"{_NAME_BY_MARK[right.mark]}",
            rule,
        )


#: The fields of B7's trademark form that the plan holds, as (the plan's key, the test of the
#: evidence rule that says what the field holds, the form's label). The expiry date has a
#: finding of its own (right-expiry-missing), and so has the name of a stated kind of mark
#: (right-name-missing); the related brand has no key in the plan.
_FORM_FIELDS = (
    ("name", "mark_name", "trademark name"),
    ("number", "number_as_printed", "registration number"),
    ("registrant", "registrant_current", "registrant"),
    ("classes", "class_pages", "class"),
)


def _form_fields(ctx: Context, at: str, right: Right) -> Iterator[Finding]:
    """B7: a registered trademark states every field of the IPP form the plan holds (name,
    registration number, registrant, classes), each citing B7 and the rule of the field
    (R21, R22, R23, R20). An application cannot be uploaded at all (B7), so it is not asked."""
    if right.ipr_type is not IprType.TRADEMARK or right.status is not RightStatus.REGISTERED:
        return
    rules = ctx.rules().evidence_rules.values()
    form = next((r for r in rules if r.test == "trademark_fields"), None)
    if form is None:
        return
    for key, test, label in _FORM_FIELDS:
        value = getattr(right, key)
        if (value.strip() if isinstance(value, str) else value) or (
            key == "name" and right.mark is not None  # right-name-missing says it (R21)
        ):
            continue
        rule = next((r for r in rules if r.test == test), None)
        what = f": {rule.text}" if rule is not None else ""
        yield ctx.finding(
            "right-field-missing",
            f"{at}.{key}",
            f"trademark {right.id!r} has no {label} ({key}), a field of the IPP form (B7){what}",
            form,
            rule,
        )


#: What ``right-assignment-pending`` says the registrant entered is, by the plan's value.
_PENDING_ENTRY = {
    PendingAssignment.ASSIGNEE: "the party it is being assigned to",
    PendingAssignment.OTHER: "neither the currently valid registrant nor only the assignee",
}


def _pending_mismatch(right: Right) -> str:
    """What ``right-registrant-mismatch`` adds when the registrant entered is the currently
    valid one while an assignment is pending (R23): the account, presumably the assignee,
    is not the registrant yet, and no assignment certificate exists yet to add (R24 asks for
    one once the mark has been assigned)."""
    if right.pending_assignment is not PendingAssignment.CURRENT_REGISTRANT:
        return ""
    return (
        f"; an assignment of {right.id!r} is pending and the registrant entered is the "
        "currently valid one (R23): until the assignment is recorded the account is not the "
        "registrant, so file as an agent with the registrant's letter of authorisation (R10), "
        "or once it is recorded, enter the new registrant and add the assignment certificate "
        "(R24)"
    )


def _licensee_letter(account: Account, right: Right) -> str:
    """What ``right-registrant-mismatch`` adds when no assignment is pending: a complainant
    who is not the rights holder (a licensee, say) needs a letter of authorisation issued by
    the rights holder (R10; IPP generates its template when the complainant differs from the
    rights holder, R11), and files as an agent (B4); the letter held is named if any."""
    held = [
        i
        for i, a in enumerate(account.authorisations)
        if (not a.rights or right.id in a.rights)
        and a.issuer
        and _same_name(a.issuer, right.registrant)
    ]
    letter = (
        f"the letter at $.account.authorisations[{held[0]}] is one"
        if held
        else "none is in $.account.authorisations"
    )
    return (
        f"; if the account is not the rights holder (a licensee, for example), R10 asks for a "
        f"letter of authorisation issued by {right.registrant!r} ({letter}), and the account "
        "files as an agent (B4; IPP generates the letter's template when the complainant "
        "differs from the rights holder, R11)"
    )


def _pending_assignment(ctx: Context, at: str, right: Right) -> Iterator[Finding]:
    """R23 (S5): while an assignment is pending, the FAQ's first option is to enter the
    currently valid registrant (no finding); the rest of its text is cut off, so any other
    entry, and a pending assignment of a right other than a trademark (the FAQ is the
    trademark FAQ), is a documented gap: ``unknown``."""
    pending = right.pending_assignment
    if pending is None:
        return
    is_trademark = right.ipr_type is IprType.TRADEMARK
    if is_trademark and pending is PendingAssignment.CURRENT_REGISTRANT:
        return
    rule = next(
        (r for r in ctx.rules().evidence_rules.values() if r.test == "registrant_current"), None
    )
    if is_trademark:
        message = (
            f"right {right.id!r} has an assignment pending and the registrant entered is "
            f"{_PENDING_ENTRY[pending]}: the FAQ documents only its first option, entering "
            "the currently valid registrant (R23, S5); the rest of its text is cut off, so "
            "whether this is accepted is unknown"
        )
    else:
        kind = right.ipr_type.value
        message = (
            f"right {right.id!r}, a {kind}, has an assignment pending: the FAQ's options are "
            "the trademark FAQ's, whose only documented one is entering the currently valid "
            f"registrant (R23, S5); the rest of its text is cut off, so what a {kind} "
            "enters is unknown"
        )
    yield ctx.finding(
        "right-assignment-pending",
        f"{at}.pending_assignment",
        message,
        rule,
    )


def _classes(ctx: Context, at: str, right: Right) -> Iterator[Finding]:
    """A trademark's classes are classes of the Nice Classification, 1 to the limit
    ``trademark_classes`` (B7, R20)."""
    rules = ctx.rules()
    limit = rules.limits.get("trademark_classes")
    if right.ipr_type is not IprType.TRADEMARK or not right.classes:
        return
    if limit is None:
        gap = missing_record(rules, "limits", "trademark_classes", "the trademark's classes")
        if gap is not None:
            yield ctx.finding(gap[0], f"{at}.classes", gap[1])
        return
    for j, number in enumerate(right.classes):
        if not 1 <= number <= limit.value:
            yield ctx.finding(
                "right-class-invalid",
                f"{at}.classes[{j}]",
                f"trademark {right.id!r}: class {number} is no class of the Nice "
                f"Classification (1 to {limit.value})",
                limit,
            )


def _acceptance_notice(ctx: Context, at: str, right: Right) -> Iterator[Finding]:
    """R26, D9 (inferred): a Notice of Acceptance of a trademark application held without
    the registration certificate does not support a takedown."""
    kinds = [d.kind for d in right.documents]
    notice = "trademark_acceptance_notice"
    if notice not in kinds or "trademark_certificate" in kinds:
        return
    record = ctx.rules().documents.get(notice)
    yield ctx.finding(
        "right-acceptance-notice",
        f"{at}.documents[{kinds.index(notice)}]",
        f"right {right.id!r} holds a Notice of Acceptance of Trademark Application, which only "
        "confirms that an application was filed: it does not support a takedown (R26, D9, "
        "inferred: IPP's answer was not retrievable); upload the registration certificate",
        record,
    )


def _documents(ctx: Context, at: str, right: Right) -> Iterator[Finding]:
    """The documents held for a right (known kinds, their qualities) and one IPR per right."""
    rules = ctx.rules()
    days = sorted(
        {c.filing_date or ctx.day for c in ctx.plan.complaints if right.id in c.rights} or {ctx.day}
    )
    yield from held_findings(
        ctx,
        f"{at}.documents",
        right.documents,
        rules,
        days=days,
        classes=right.classes,
        ipr_type=right.ipr_type.value,
        registrant=registrant_of(ctx.plan.account, right),
    )
    printed = next(
        (r for r in rules.evidence_rules.values() if r.test == "number_as_printed"), None
    )
    # R22 is the trademark fields' rule (S5); other types' numbers (case numbers, software
    # copyright certificates) hold 第...号 or letters as printed
    labelled = right.ipr_type is IprType.TRADEMARK and labelled_number(right)
    if printed is not None and right.number and labelled:
        yield ctx.finding(
            "right-number-labelled",
            f"{at}.number",
            f"right {right.id!r}: number {quoted(right.number, 60)} carries a label: "
            f"{printed.text}",
            printed,
        )
    if printed is not None and right.ipr_type is IprType.TRADEMARK and classed_number(right):
        yield ctx.finding(
            "right-number-class",
            f"{at}.number",
            f"right {right.id!r}: number {quoted(right.number, 60)} holds the class, which has its "
            f"own field (classes): {printed.text}",
            printed,
        )
    if printed is not None and separated_number(right):
        digits = "".join(ch for ch in right.number if ch.isdigit())
        yield ctx.finding(
            "right-number-separated",
            f"{at}.number",
            f"right {right.id!r}: number {quoted(right.number, 60)} has its digits split; a "
            f"mainland China certificate prints the number as digits alone (第{digits[:20]}号, "
            f"inferred from the certificates' form), so enter {digits[:20]}: {printed.text}",
            printed,
        )
    one = next((r for r in rules.evidence_rules.values() if r.test == "one_ipr"), None)
    numbers = several_numbers(right)
    if one is not None and numbers:
        yield ctx.finding(
            "right-several-iprs",
            f"{at}.number",
            f"right {right.id!r} names {len(numbers)} registrations "
            f"({', '.join(numbers)}): {one.text}",
            one,
        )


def right_on_day(rules: ResolvedRules, right: Right, day: dt.date) -> list[Draft]:
    """The right on a filing date: registered by then (B7: a pending trademark application
    cannot be relied on; a patent is a right once granted), and not expired (the warning
    period is the ``expiry_warning`` limit)."""
    registered = right.registration_date
    if registered is not None and day < registered and right.ipr_type in _REGISTERED_TYPES:
        return [
            (
                "right-not-yet-registered",
                f"right {right.id!r} is registered on {registered}, after the filing date "
                f"{day}: on that date it was an application, which cannot back a complaint",
                (),
            )
        ]
    expiry = right.expiry_date
    if expiry is None:
        return []
    if day > expiry:
        return [
            (
                "right-expired",
                f"right {right.id!r} expired on {expiry}, before the filing date {day}",
                _expiry_rules(rules, right),
            )
        ]
    left = (expiry - day).days
    warning = rules.limits.get("expiry_warning")
    if warning is None:
        gap = missing_record(rules, "limits", "expiry_warning", "an expiry soon after filing")
        return [] if gap is None else [gap]
    if left <= warning.value:
        when = (
            f"the filing date {day} itself"
            if left == 0
            else f"{left} day{'' if left == 1 else 's'} after the filing date {day}"
        )
        return [
            ("right-expires-soon", f"right {right.id!r} expires on {expiry}, {when}", (warning,))
        ]
    return []


def _expiry_rules(rules: ResolvedRules, right: Right) -> tuple[Rule | None, ...]:
    """The records ``right-expired`` cites for the right's type: none for a trademark (the
    catalogue's B7, R18 and R24, trademark rules), else the record of R18 for every IPR type
    (``right_in_force``, inferred), not the trademark rules."""
    if right.ipr_type is IprType.TRADEMARK:
        return ()
    return (rules.account_requirements.get("right_in_force"),)


#: The IPR types that exist as rights only once registered (B7) or granted (a patent).
_REGISTERED_TYPES = frozenset({IprType.TRADEMARK, IprType.PATENT})


def right_on_platform(rules: ResolvedRules, right: Right, platform: str) -> list[Draft]:
    """Place of registration and document rules for a right on a platform (platform in force).

    A copyright registered where the platform does not take the registration is read as the
    work unregistered there, where the rules in force take unregistered copyright on the
    platform (:func:`claimed_unregistered`): it needs what an unregistered work needs."""
    if right.ipr_type.value not in rules.ipr_types:
        what = "the right's documents and place of registration"
        gap = missing_record(rules, "ipr_types", right.ipr_type.value, what)
        if gap is not None:
            return [gap]
    abroad = claimed_unregistered(rules, right, platform)
    if abroad:
        right = attrs.evolve(right, status=RightStatus.UNREGISTERED)
    out = _place_on_platform(rules, right, platform)
    ipr_type = right.ipr_type.value
    subtype = rules.subtype_filter(ipr_type, right.subtype.value if right.subtype else None)
    held = {d.kind for d in right.documents}
    for rule in rules.document_rules_for(ipr_type, platform, subtype):
        applies = _applies(rule, right)
        if applies is False:
            continue
        if applies is None:
            out.append(
                (
                    "right-acceptance-unknown",
                    f"right {right.id!r} has no filing date, so whether this applies cannot be "
                    f"told: {rule.message}",
                    (rule,),
                )
            )
            continue
        out += _other_readings(rules, right, platform, rule)
        if rule.accepted is Answer.NO:
            out.append(
                ("right-not-accepted", f"right {right.id!r}: {_refusal(rule, right)}", (rule,))
            )
            continue
        if rule.accepted is Answer.UNKNOWN:
            if rule.requires and held.issuperset(rule.requires):
                # The gap is whether these documents are needed: the right holds them all.
                if "patent_evaluation_report" in rule.requires:
                    out += _conclusion_gap(rules, right, platform)
                continue
            out.append(("right-acceptance-unknown", f"right {right.id!r}: {rule.message}", (rule,)))
            continue
        if "patent_evaluation_report" in rule.requires:
            out += _conclusions(rules, right, platform)
        for doc in rule.requires:
            if doc not in held:
                kind = rules.documents.get(doc)
                name = f" ({kind.name})" if kind is not None else ""
                out.append(
                    (
                        "right-document-missing",
                        f"right {right.id!r} lacks {doc}{name}{_abroad(abroad, right, platform)}"
                        f": {rule.message}",
                        (rule, *_registration(rules, abroad, platform)),
                    )
                )
    out += missing_records(
        rules, "document_rules", "the right's documents", _needed(ipr_type, platform, subtype)
    )
    return out + _report_not_needed(rules, right, platform, held)


def _other_readings(
    rules: ResolvedRules, right: Right, platform: str, rule: DocumentRule
) -> list[Draft]:
    """A document rule's named other readings in force that answer otherwise on
    ``platform`` (B14 read against B8 on Lazada): the rule's answer stands (the default
    reading), and each reading that differs is named, never silent."""
    out: list[Draft] = []
    for other in rule.other_readings:
        if other.accepted is rule.accepted or not other.in_force(rules.as_of):
            continue
        if other.platforms and platform not in other.platforms:
            continue
        message = (
            f"right {right.id!r}: {platform} takes it under the rule in force "
            f"({', '.join(rule.rules)}: {rule.message.rstrip('.')}); the reading {other.id!r} "
            f"({', '.join(other.rules)}) answers {other.accepted.value}: {other.note}"
        )
        out.append(("right-acceptance-disputed", message, (rule, other)))
    return out


def _needed(ipr_type: str, platform: str, subtype: str | None) -> Callable[[Rule], bool]:
    """Whether a document rule is one :func:`right_on_platform` reads for a right of this
    type and subtype on ``platform`` (the filter of
    :meth:`~ipprules.rulebook.ResolvedRules.document_rules_for`)."""
    return lambda r: (
        isinstance(r, DocumentRule)
        and r.ipr_type == ipr_type
        and (not r.platforms or platform in r.platforms)
        and (subtype is None or not r.subtypes or subtype in r.subtypes)
    )


def _report_not_needed(
    rules: ResolvedRules, right: Right, platform: str, held: set[str]
) -> list[Draft]:
    """R31 (inferred): where the report rule in force on ``platform`` names the subtypes and
    filing dates that need a report (R30 on the Taobao family, the official reading), a
    granted patent outside them that holds none needs none, by inference only: said as info,
    marked ``inferred``, not left silent. Off the Taobao family the official reading's rule
    leaves the report an open question for the subtypes it names (utility-model and design
    patents) and leaves invention patents out, by the same inference: said the same way."""
    rule = rules.document_rules.get("patent_evaluation_report")
    elsewhere = rules.document_rules.get("patent_evaluation_report_elsewhere")
    if (rule is None or (rule.platforms and platform not in rule.platforms)) and (
        elsewhere is not None and platform in elsewhere.platforms
    ):
        rule = elsewhere
    if (
        rule is None
        or right.ipr_type is not IprType.PATENT
        or right.status is not RightStatus.REGISTERED
        or "patent_evaluation_report" in held
        or platform not in rule.platforms
    ):
        return []
    subtype = right.subtype.value if right.subtype is not None else None
    kind = f"{subtype.replace('_', '-')} patent" if subtype is not None else "patent"
    kind = f"{'an' if kind[0] in 'aeio' else 'a'} {kind}"  # a utility-model
    if subtype is not None and rule.subtypes and subtype not in rule.subtypes:
        why = kind
    elif rule.filed_from is not None and _applies(rule, right) is False:
        why = f"{kind} applied for on {right.filing_date}, before {rule.filed_from},"
    else:
        return []
    open_only = rule.accepted is Answer.UNKNOWN
    asks = "leaves open only whether" if open_only else "asks for one only for"
    scope = f"{_report_scope(rule)} need one" if open_only else _report_scope(rule)
    message = (
        f"right {right.id!r} holds no patent_evaluation_report: {why} needs none on {platform}, "
        f"by inference only (the rule in force {asks} {scope})"
    )
    return [("right-report-not-needed-inferred", message, (_inferred(rule),))]


def _report_scope(rule: DocumentRule) -> str:
    """What a report rule is for: 'utility-model and design patents applied for on or after
    2010-01-01'."""
    named = [s.replace("_", "-") for s in rule.subtypes]
    kinds = ", ".join(named[:-1]) + f" and {named[-1]}" if len(named) > 1 else "".join(named)
    kinds = kinds or "all"
    after = f" applied for on or after {rule.filed_from}" if rule.filed_from else ""
    return f"{kinds} patents{after}"


@functools.lru_cache(maxsize=16)
def _inferred(rule: DocumentRule) -> DocumentRule:
    """The rule as the inference beside it (R31: what it does not name needs no report), for
    the confidence mark: ``inferred``, with the inferred rule's id where the record cites it."""
    ids = ("R31",) if "R31" in rule.rules else rule.rules
    return attrs.evolve(rule, confidence=Confidence.INFERRED, rules=ids)


def _refusal(rule: DocumentRule, right: Right) -> str:
    """A refusing rule's text for the right's status: one never applied for is refused as
    unregistered, not as an application (B7), where the rule words the two apart."""
    if right.status is RightStatus.UNREGISTERED and rule.unregistered_message:
        return rule.unregistered_message
    return rule.message


def _abroad(abroad: bool, right: Right, platform: str) -> str:
    if not abroad:
        return ""
    return (
        f" (its registration in {right.place.upper()} is not one {platform} takes: the work is "
        f"claimed there as unregistered, R29)"
    )


def _registration(rules: ResolvedRules, abroad: bool, platform: str) -> tuple[Registrations, ...]:
    registration = rules.registrations.get(platform) if abroad else None
    return (registration,) if registration is not None else ()


def extended_to_china(rules: ResolvedRules, right: Right, platform: str) -> bool:
    """R35: where mainland-China rights are taken, so is "a Madrid registration with a China
    territorial-extension certificate (R25)", whatever place it was entered under (WO, the
    office of origin): the certificate held shows the designation of China it relies on."""
    return (
        right.madrid
        and any(d.kind == "madrid_extension_certificate" for d in right.documents)
        and rules.accepts_registration(platform, "CN") is Answer.YES
    )


def _madrid_hint(rules: ResolvedRules, right: Right, platform: str) -> str:
    """R25, R35: a Madrid registration counts in mainland China through its designation of
    China, entered as place CN with the certificate of territorial extension."""
    if not right.madrid:
        return ""
    if rules.accepts_registration(platform, "CN") is not Answer.YES:
        return _designation_gap(rules, platform)
    return (
        "; a Madrid registration designating China is entered with place CN and its "
        "certificate of territorial extension to China (madrid_extension_certificate, R25, R35)"
    )


def _designation_gap(rules: ResolvedRules, platform: str) -> str:
    """A Madrid registration refused where the platform takes rights registered in named
    countries other than China (B14 on Lazada): the rules say how a Madrid designation
    counts only for China (R25, R35, D8), so whether one designating those countries counts
    there is a documented gap, said as such, never a guess (R40)."""
    registration = rules.registrations.get(platform)
    places = [p for p in registration.accepted if p != "*"] if registration else []
    if not places:
        return ""
    named = ", ".join(places)
    return (
        f"; the rules say how a Madrid designation counts only for China (R25, R35): whether "
        f"a Madrid registration designating {named} counts on {platform} as a right "
        f"registered in {named} is not documented (R40), so ask the platform before entering "
        f"it with place {named}"
    )


def _work_taken(rules: ResolvedRules, right: Right, platform: str) -> list[DocumentRule]:
    """The document rules in force for a registered copyright's work entered unregistered on
    ``platform``, where they take it (none says ``no``); empty otherwise, and for any other
    right."""
    if right.ipr_type is not IprType.COPYRIGHT or right.status is not RightStatus.REGISTERED:
        return []
    work = attrs.evolve(right, status=RightStatus.UNREGISTERED)
    found = [
        rule
        for rule in rules.document_rules_for(IprType.COPYRIGHT.value, platform)
        if _applies(rule, work) and rule.registered is False
    ]
    if any(rule.accepted is not Answer.YES for rule in found):
        return []
    return found


def _unregistered_hint(rules: ResolvedRules, right: Right, platform: str) -> str:
    """B8: where the rules in force take unregistered copyright on ``platform`` (with a
    statement of ownership) but refuse the place of a registered one (B14 on Lazada), the
    refused copyright may be claimed as the unregistered work: say so, and with what."""
    found = _work_taken(rules, right, platform)
    if not found:
        return ""
    needs = sorted({kind for rule in found for kind in rule.requires})
    cited = sorted({cite for rule in found for cite in rule.rules})
    return (
        f"; {platform} takes unregistered copyright ({', '.join(cited)}): the work may be "
        f"entered as unregistered, with {', '.join(needs) or 'proof of ownership'}"
    )


def claimed_unregistered(rules: ResolvedRules, right: Right, platform: str) -> bool:
    """Whether a registered copyright is read as unregistered on ``platform`` (R27-R29, R35).

    IPP asks whether a copyright is registered with the National Copyright Administration of
    the PRC (R27) and otherwise takes the Copyright Claim Statement (R28); China protects
    foreign works without a registration (R29). So a copyright registered in a place the
    platform does not take (or does not document taking) is still the work unregistered
    there: it is read so when the document rules in force take unregistered copyright on
    the platform (none says ``no``), and, where the registration's answer is a documented gap
    rather than a refusal, only when the right holds what the unregistered work needs. A
    registration is never worse than none.

    Where the platform refuses the place and only the brief takes unregistered copyright
    there (B8 on Lazada), the refusal stands: B8 speaks of unregistered copyright, and B14
    takes on Lazada "a right registered in the respective country", so under the brief a
    registered right is judged by its place; reading it as the unregistered work rests on
    R29, which the brief does not state (the refusal names the reading that accepts it).
    """
    registration = rules.registrations.get(platform)
    place = right.place.upper()
    answer = rules.accepts_registration(platform, place) if registration else Answer.UNKNOWN
    if answer is Answer.YES:
        return False
    found = _work_taken(rules, right, platform)
    if not found:
        return False
    if answer is Answer.NO:
        return any(rule.confidence is not Confidence.BRIEF for rule in found)
    held = {d.kind for d in right.documents}
    return all(held.issuperset(rule.requires) for rule in found)


def unregistered_way_out(
    rules: ResolvedRules, right: Right, platform: str
) -> tuple[bool, tuple[str, ...], tuple[str, ...]]:
    """What would have ``platform`` take ``right``, a registered copyright whose place it
    refuses or does not document, as the unregistered work (R27-R29, B8): ``(reenter,
    documents, rule ids)``, where ``reenter`` says the right must be entered as unregistered
    (the brief's refusal on Lazada stands for the registered right, :func:`claimed_unregistered`)
    and ``documents`` are those the work needs that the right lacks; ``(False, (), ())`` where
    there is no such way out (the place is taken, the work is not, or nothing is missing).
    Coverage offers it as an opening, as the refusal's hint (:func:`_unregistered_hint`) says.
    """
    registration = rules.registrations.get(platform)
    answer = (
        rules.accepts_registration(platform, right.place.upper())
        if registration
        else Answer.UNKNOWN
    )
    found = _work_taken(rules, right, platform) if answer is not Answer.YES else []
    if not found:
        return False, (), ()
    held = {d.kind for d in right.documents}
    needs = tuple(sorted({k for rule in found for k in rule.requires if k not in held}))
    reenter = not claimed_unregistered(rules, right, platform) and answer is Answer.NO
    if not reenter and not needs:
        return False, (), ()
    cited = tuple(sorted({cite for rule in found for cite in rule.rules}))
    return reenter, needs, cited


def has_place(right: Right) -> bool:
    """Whether ``right`` has a place of registration a platform's rules are read for: all but
    a copyright that is not registered (R29, R28; see :func:`_place_on_platform`). The
    planner asks it too, so that it files what ``check`` accepts."""
    if not isinstance(right, Right):  # the planner asks it for every line: no call when it is
        require_instance(right, Right, "right")
    return right.ipr_type is not IprType.COPYRIGHT or right.status is RightStatus.REGISTERED


#: A registration record citing too the rules it cites for one place only (R39 for Hong
#: Kong and Taiwan on the Taobao family: ``place_rules``), made once per record and place (it
#: lives as long as the record: a finding's citation is cached by the identity of its records).
_WITH_PLACE: weakref.WeakKeyDictionary[Registrations, dict[str, Registrations]] = (
    weakref.WeakKeyDictionary()
)


def _citing_place(registration: Registrations | None, place: str) -> Registrations | None:
    """The platform's registration record, citing beside its own rules those its data cites
    for a right registered in ``place`` only (:meth:`Registrations.place_rule`)."""
    extra = registration.place_rule(place) if registration is not None else None
    if registration is None or extra is None:
        return registration
    if all(r in registration.rules for r in extra.rules):
        return registration
    by_place = _WITH_PLACE.setdefault(registration, {})
    cited = by_place.get(place)
    if cited is None:
        rules = tuple(dict.fromkeys((*registration.rules, *extra.rules)))
        cited = by_place[place] = attrs.evolve(registration, rules=rules)
    return cited


def _place_hint(registration: Registrations | None, place: str) -> str:
    """What the record's data says of a right registered in ``place`` only, else ``""``."""
    extra = registration.place_rule(place) if registration is not None else None
    if extra is None or not extra.note:
        return ""
    return f" ({', '.join(extra.rules)}, {extra.confidence.value}: {extra.note})"


_NOT_REGISTERED = {
    RightStatus.PENDING: "is an application in {place}, not a registration",
    RightStatus.UNREGISTERED: "is not registered anywhere (place {place} entered)",
}


def _entered(right: Right, place: str) -> str:
    """What the right's place says of it: 'is registered in US' only for a registered right;
    a mark applied for or never registered is not said to be registered anywhere (B7)."""
    wording = _NOT_REGISTERED.get(right.status, "is registered in {place}")
    return wording.format(place=place)


def _not_registered(right: Right, place: str) -> str:
    """What an answer on the place of a right that is not registered adds: the rule is read
    for a registration in ``place``, which the right does not have yet (B7)."""
    if right.status is RightStatus.REGISTERED:
        return ""
    need = "registered there (B7)" if right.ipr_type is IprType.TRADEMARK else "registered there"
    return (
        f"; right {right.id!r} {_entered(right, place)}: the rule is for a right registered "
        f"in {place}, and this one must first be {need}"
    )


def _place_on_platform(rules: ResolvedRules, right: Right, platform: str) -> list[Draft]:
    """Whether the platform accepts the right's place of registration (B12-B15, R34-R40).

    A copyright that is not registered has no place of registration: China protects works
    of foreign authors without one, and IPP asks for proof of ownership instead (R29, R28),
    so its place is not checked; the document rules say what it needs on the platform (B8).
    """
    out: list[Draft] = []
    registration = rules.registrations.get(platform)
    if not has_place(right):
        return out
    place = right.place.upper()
    what = "the right's place of registration"
    gap = None if registration else missing_record(rules, "registrations", platform, what)
    if gap is not None:
        return [gap]
    answer = rules.accepts_registration(platform, place) if registration else Answer.UNKNOWN
    if answer is Answer.NO and extended_to_china(rules, right, platform):
        return out
    if answer is Answer.NO:
        accepted = ", ".join(registration.accepted) if registration else ""
        out.append(
            (
                "right-place-not-accepted",
                f"right {right.id!r} {_entered(right, place)}; {platform} accepts rights "
                f"registered in {accepted}{_madrid_hint(rules, right, platform)}"
                f"{_unregistered_hint(rules, right, platform)}{_place_hint(registration, place)}",
                (_citing_place(registration, place),),
            )
        )
    elif answer is Answer.UNKNOWN:
        out.append(
            (
                "right-place-unknown",
                f"whether {platform} accepts a right registered in {place} is not documented"
                f"{_not_registered(right, place)}",
                (registration,),
            )
        )
    elif (
        registration is not None and registration.preferred and place not in registration.preferred
    ):
        out.append(
            (
                "right-place-not-preferred",
                f"{platform} accepts a right registered in {place}, but one registered in "
                f"{', '.join(registration.preferred)} is faster and more likely to succeed"
                f"{_not_registered(right, place)}",
                (registration,),
            )
        )
    return out


def _conclusions(rules: ResolvedRules, right: Right, platform: str) -> list[Draft]:
    """R30: where a report is required on this platform, its conclusion is positive (where
    the rules say so; elsewhere a negative one is a documented gap)."""
    out: list[Draft] = []
    positive = [
        rule
        for rule in applicable(
            rules, "patent_evaluation_report", platform=platform, ipr_type=right.ipr_type.value
        )
        if rule.test == "evaluation_positive"
    ]
    if not positive:
        return _conclusion_gap(rules, right, platform)
    for rule in positive:
        for doc in right.documents:
            if doc.kind != "patent_evaluation_report":
                continue
            for code, message in evaluation_positive(doc):
                if code == FACT:
                    out.append(
                        (
                            "document-quality-unknown",
                            f"right {right.id!r}: state the evaluation report's {message} "
                            f"({', '.join(rule.rules)}): {rule.text}",
                            (rule,),
                        )
                    )
                else:
                    out.append((code, f"right {right.id!r}: {message}: {rule.text}", (rule,)))
    return out


def _conclusion_gap(rules: ResolvedRules, right: Right, platform: str) -> list[Draft]:
    """A negative report where a report is required but no rule in force says what its
    conclusion must be on ``platform`` (R30 documents the Taobao family): ``unknown``."""
    negative = any(
        d.kind == "patent_evaluation_report" and d.conclusion is Conclusion.NEGATIVE
        for d in right.documents
    )
    if not negative:
        return []
    known = [r for r in rules.evidence_rules.values() if r.test == "evaluation_positive"]
    where = ", ".join(sorted({p for r in known for p in r.platforms})) or "no platform"
    message = (
        f"right {right.id!r}: the evaluation report's conclusion is negative; the rules say "
        f"what the conclusion must be on {where} only (R30): whether {platform} accepts a "
        "negative report is not documented"
    )
    return [("evaluation-conclusion-unknown", message, tuple(known))]


def _applies(rule: DocumentRule, right: Right) -> bool | None:
    """Whether a document rule's facts hold for a right; ``None`` when a date needed is missing."""
    facts = (
        (rule.registered, right.status is RightStatus.REGISTERED),
        (rule.renewed, right.renewed),
        (rule.assigned, right.assigned),
        (rule.changed, right.changed),
        (rule.madrid, right.madrid),
        (rule.software, right.software),
    )
    for wanted, actual in facts:
        if wanted is not None and wanted != actual:
            return False
    if rule.places and right.place not in rule.places:
        return False
    if rule.filed_from is None and rule.filed_before is None:
        return True
    filed = right.filing_date
    if filed is None:
        return None
    if rule.filed_from is not None and filed < rule.filed_from:
        return False
    return not (rule.filed_before is not None and filed >= rule.filed_before)
