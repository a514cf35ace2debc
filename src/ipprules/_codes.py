"""Every code a user can meet in any output, explained: the one table behind
:func:`ipprules.explain` and ``ipprules explain``.

The codes: the complaint checks' finding codes (``right-expired``, also as the planner prints
them, ``check:right-expired``), the counter-notice checks' (``cn-timing``), the listing
parser's rejection codes (``short-link``, also ``listing:short-link``), the planner's own
rejection codes (``missing-order``), the scale-out's account rejections (``unknown-account``),
a planned line's status (``planned``, ``duplicate``, ``rejected``) and the timing flag of a
replayed lifecycle event (``late``, ``early``, ``disputed``).

It sits at the planner's layer (engines 3), the highest engine layer: the planner's codes
hold the other engines' (``listing:...``, ``check:...``). The planner's and the scale-out's
tables are read only when a code is not found in the others' (they cost a finding's code
about 90 ms of start-up).

>>> import ipprules
>>> ipprules.explain("missing-order").severity.value
'rejected'
>>> ipprules.explain("evidence-missing").rules
('B17',)
>>> print(ipprules.explain("duplicate").text().splitlines()[0])
duplicate (status): the listing is the same as an earlier line's
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

import attrs

from ipprules._vocab import NamedEnum

if TYPE_CHECKING:  # pragma: no cover
    import datetime as dt

    from ipprules.checks.findings import CatalogueEntry

__all__ = [
    "ACCOUNT_REJECTIONS",
    "CHANNEL_FIGURES_QUOTED",
    "LIFECYCLE_TIMINGS",
    "LIMITS_QUOTED",
    "PLANNER_CHECKS",
    "PLANNER_STATUSES",
    "CodeEntry",
    "CodeSeverity",
    "all_entries",
    "codes",
    "codes_citing",
    "entry_data",
    "entry_text",
    "explain",
]

#: The rows the scale-out's ``plan_accounts`` rejects before planning, by code: the message
#: each row carries (``ipprules explain CODE`` shows it).
ACCOUNT_REJECTIONS: dict[str, str] = {
    "unknown-account": "no plan (account and rights) was given for this account",
    "no-account": "the row names no account (its account cell is empty): it is planned for none",
}

#: What became of a planner's input line (its ``status``): title, explanation.
PLANNER_STATUSES: dict[str, tuple[str, str]] = {
    "planned": (
        "the line is in a planned complaint",
        "The line's listing is in the complaint its complaint column names (reconciliation.csv, "
        "PlanningResult.to_records()), which passes every check of the complaint checks.",
    ),
    "duplicate": (
        "the listing is the same as an earlier line's",
        "The line's listing is the one of an earlier line (the same canonical URL: the same "
        "item, however the link was written): its duplicate_of column names that line, and the "
        "listing is planned once, with that line.",
    ),
    "rejected": (
        "the line was not planned",
        "The line was refused: its code column says why (ipprules explain CODE; listing:CODE "
        "is the listing parser's, check:CODE a complaint check's, the others the planner's "
        "own) and its message says it in words.",
    ),
}

#: The timing flags of a replayed lifecycle event (``ipprules lifecycle``'s ``timing``
#: column, :class:`ipprules.lifecycle.FlagKind`): title, explanation.
LIFECYCLE_TIMINGS: dict[str, tuple[str, str]] = {
    "late": (
        "the event came after the last day of a deadline that binds it",
        "A replayed event came after the last day of a deadline of the state it happened in. "
        "A counter-notice out of time is deemed not established and uses up its chance (R61): "
        "the replay applies counter_notice_window_expired instead, and a counter-notice in time "
        "for the next round's window is applied as that round's. The flag's message names the "
        "deadline, its days and its rules.",
    ),
    "early": (
        "a window was recorded as passed on or before its last day",
        "A replayed event says a window passed (e.g. counter_notice_window_expired) on or "
        "before the window's last day: the window was still open then.",
    ),
    "disputed": (
        "the event is late under one reading or count, in time under another",
        "The event came after the last day of a deadline that binds it, but within another "
        "reading's window for the platform (Lazada's 3-5 working days beside R61's 3 business "
        "days, D4), or within a window counted under the rule in force on its start but after "
        "its last day under the count that follows the rule's change (R61's 30 and 27 business "
        "days for a complaint received before 20 Jan 2022): kept as recorded.",
    ),
}


class CodeSeverity(NamedEnum):
    """What kind of code an entry that is no finding explains (a finding's entry has a
    :class:`~ipprules.checks.FindingSeverity`; both have ``.value``).

    >>> [s.value for s in CodeSeverity]
    ['rejected', 'status', 'timing']
    """

    REJECTED = "rejected"
    """A URL or an input line refused (a listing's, the planner's, an account's)."""
    STATUS = "status"
    """What became of a planner's input line."""
    TIMING = "timing"
    """The timing flag of a replayed lifecycle event."""


def _plain_strs(ids: Any) -> Any:
    """A tuple's str subclasses made plain str (their own ``__hash__`` is not called where the
    entry's text looks its rules up); anything else as given, for the type check to refuse."""
    if type(ids) is not tuple or all(type(one) is str for one in ids):
        return ids
    from ipprules.errors import plain

    return tuple(plain(one) if isinstance(one, str) else one for one in ids)


@attrs.frozen
class CodeEntry:
    """What a code that is no finding means and how to fix it: a rejection code, a planner
    line's status, a lifecycle timing flag. Read like a finding's
    :class:`~ipprules.checks.CatalogueEntry`; ``str(entry)`` is :meth:`text`.

    >>> import ipprules
    >>> entry = ipprules.explain("listing:not-a-url")
    >>> entry.code, entry.severity.value, entry.title
    ('not-a-url', 'rejected', 'not a URL')
    """

    code: str
    severity: CodeSeverity
    title: str
    explanation: str
    fix: str
    rules: tuple[str, ...] = attrs.field(default=(), converter=_plain_strs)
    sources: tuple[str, ...] = attrs.field(default=(), converter=_plain_strs)

    def __attrs_post_init__(self) -> None:
        from ipprules._typed import check_types

        check_types(self)  # a wrong type is a TypeError naming the field

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data: the entry's fields, as ``ipprules explain CODE --format json``
        prints them (without the confidence of the rules and the kinds of the sources).

        >>> import ipprules
        >>> ipprules.explain("late").to_dict()["severity"]
        'timing'
        """
        return {
            "code": self.code,
            "severity": self.severity.value,
            "title": self.title,
            "explanation": self.explanation,
            "fix": self.fix,
            "rules": list(self.rules),
            "sources": list(self.sources),
        }

    #: The same as :meth:`to_dict`: both names work on every result.
    as_dict = to_dict

    def text(self) -> str:
        """A few lines, as ``ipprules explain CODE`` prints them (without the confidence of
        the rules and the kinds of the sources)."""
        return entry_text(self.to_dict())

    def __str__(self) -> str:
        return self.text()

    def _repr_html_(self) -> str:
        """Notebook rendering: :func:`ipprules._table.entry_html` of :meth:`to_dict`, as a finding's
        :class:`~ipprules.checks.CatalogueEntry` shows."""
        from ipprules._table import entry_html

        return entry_html(self.to_dict())


def explain(code: str) -> CatalogueEntry | CodeEntry:
    """What any code of any output means and how to fix it: a finding code of the checks or
    of a counter-notice (its :class:`~ipprules.checks.CatalogueEntry`), or a listing's, the
    planner's or an account's rejection code, a planner line's status or a lifecycle timing
    flag (a :class:`CodeEntry`). Codes are taken as printed: ``check:right-expired`` and
    ``listing:short-link`` as the planner writes them. An unknown code raises
    :class:`~ipprules.errors.UnknownNameError`, with the nearest codes.

    >>> import ipprules
    >>> ipprules.explain("check:right-expired").severity.value
    'error'
    >>> ipprules.explain("cn-timing").code
    'cn-timing'
    >>> ipprules.explain("listing:not-a-url").title
    'not a URL'
    """
    from ipprules.checks.findings import catalogue
    from ipprules.counternotice import catalogue as counter_notice_codes
    from ipprules.errors import plain

    if not isinstance(code, str):
        raise TypeError(f"code must be a str, got {type(code).__name__}")
    code = plain(code)  # a str subclass's own __eq__ and __hash__ are never called
    prefix, _, rest = code.partition(":")
    found = (
        catalogue().get(rest)
        if prefix == "check"
        else catalogue().get(code) or counter_notice_codes().get(code)
    )
    if found is not None:
        return found
    data = entry_data(code)
    return CodeEntry(
        code=data["code"],
        severity=CodeSeverity(data["severity"]),
        title=data["title"],
        explanation=data["explanation"],
        fix=data["fix"],
        rules=tuple(data["rules"]),
        sources=tuple(data["sources"]),
    )


@functools.cache
def codes() -> tuple[str, ...]:
    """Every code :func:`explain` knows, as ``ipprules explain`` lists them (the prefixed
    forms ``check:CODE`` and ``listing:CODE`` aside).

    >>> "missing-order" in codes() and "late" in codes() and "duplicate" in codes()
    True
    """
    return tuple(e["code"] for e in all_entries())


def all_entries() -> list[dict[str, Any]]:
    """Every entry, as ``ipprules explain --format json`` prints them: the finding codes of
    the checks and of counter-notices, the listing parser's rejection codes, the planner's,
    the scale-out's account rejections, the planner's line statuses, the lifecycle timings."""
    from ipprules.checks.findings import catalogue
    from ipprules.counternotice import catalogue as counter_notice_codes
    from ipprules.listings import REJECTION_CODES
    from ipprules.planner.engine import REJECTION_REASONS

    out = [_data(e) for e in (*catalogue().values(), *counter_notice_codes().values())]
    out += [_listing(e) for e in REJECTION_CODES.values()]
    out += [_planner(code, text) for code, text in REJECTION_REASONS.items()]
    out += [_account(code, text) for code, text in ACCOUNT_REJECTIONS.items()]
    out += [_status(code) for code in PLANNER_STATUSES]
    out += [_timing(code) for code in LIFECYCLE_TIMINGS]
    return out


def codes_citing(rule_id: str) -> list[str]:
    """The codes of the entries of :func:`all_entries` that cite ``rule_id``, in its order,
    read from the catalogues' files and :data:`PLANNER_CHECKS`: ``ipprules rules rule R47``
    answers without importing the checks, counter-notice and planner engines (about 0.3 s of
    start-up for a few lists of strings).

    >>> codes_citing("R47")
    ['document-quality-unknown', 'attachment-too-large', 'attachments-too-many']
    """
    import json

    from ipprules._shipped import shipped_text

    found: list[str] = []
    checks: dict[str, list[str]] = {}
    for package in ("checks", "counternotice"):
        text = shipped_text(__name__, package, "findings.json")
        for item in json.loads(text):
            if package == "checks":
                checks[item["code"]] = item["rules"]
            if rule_id in item["rules"]:
                found.append(item["code"])
    for code, decided_by in PLANNER_CHECKS.items():
        if any(rule_id in checks[check] for check in decided_by):
            found.append(code)
    return list(dict.fromkeys(found))  # a planner code named as its check's is one entry


def entry_data(code: str, book: Any = None, as_of: Any = None) -> dict[str, Any]:
    """The entry of a code as ``ipprules explain CODE --format json`` prints it; ``check:``
    and ``listing:`` prefixes (as ``plan`` prints them) name the catalogue; an unknown code
    raises :class:`~ipprules.errors.UnknownNameError` listing every code. ``book`` is the
    rule book whose figures and confidences are quoted (``None``: the embedded one); a check
    code's ``rules`` add those its findings can cite from that book's records in force on
    ``as_of`` (``None``: on any date), :func:`~ipprules.checks.findings.record_rules`."""
    from ipprules._args import require_instance, require_str
    from ipprules.checks.findings import catalogue
    from ipprules.counternotice import catalogue as counter_notice_codes
    from ipprules.errors import UnknownNameError, suggest
    from ipprules.listings import REJECTION_CODES
    from ipprules.rulebook import RuleBook, as_date, default_rulebook

    code = require_str(code, "code", empty=True)  # plain: its own partition is not called
    if book is not None:
        book = require_instance(book, RuleBook, "book")
    if as_of is not None:  # a date no record is in force on is refused for every code
        from ipprules.checks.findings import refuse_outside_coverage

        as_of = as_date(as_of, "as-of date", name="as_of")  # plain: quoted as read
        refuse_outside_coverage(book or default_rulebook(), as_of)
    prefix, _, rest = code.partition(":")
    if prefix == "check" and rest in catalogue():
        code = rest
    if code in catalogue():
        data = _with_record_rules(_data(catalogue()[code]), book, as_of)
        return _with_confidence(_with_figures(data, book), book, as_of)
    if prefix == "listing" and rest in REJECTION_CODES:
        return _listing(REJECTION_CODES[rest])
    found = catalogue().get(code) or counter_notice_codes().get(code)
    if found is not None:
        return _with_confidence(_with_figures(_data(found), book), book, as_of)
    if code in REJECTION_CODES:
        return _listing(REJECTION_CODES[code])
    if code in PLANNER_STATUSES:
        return _status(code)
    if code in LIFECYCLE_TIMINGS:
        return _timing(code)
    # imported only now: the planner's modules cost a finding's or a listing's code about
    # 90 ms of start-up, for a table of strings
    from ipprules.planner.engine import REJECTION_REASONS

    if code in REJECTION_REASONS:
        return _with_confidence(_planner(code, REJECTION_REASONS[code]), book, as_of)
    if code in ACCOUNT_REJECTIONS:
        return _account(code, ACCOUNT_REJECTIONS[code])
    note = _rule_id_note(code, book) or _reason_code_note(code, book)
    known = codes()
    if not note and suggest(code, known) is None:  # nothing near: say where the codes are
        note = f"ipprules explain with no code lists all {len(known)} codes"
    raise UnknownNameError("code", code, known, note=note)


def _rule_id_note(code: str, book: Any = None) -> str:
    """Where a rule id (``R61``, ``B17``, which ``explain``, ``deadline`` and the findings
    print after ``Rules:``) or a source id (``S25``) is shown, when ``code`` is one of
    ``book``'s (``None``: the embedded one); else ``""``."""
    from ipprules.rulebook import default_rulebook

    book = book or default_rulebook()
    if code in book.cited_rules():
        return (
            f"{code!r} is a rule id, not a finding's or a rejection's code: ipprules rules "
            f"rule {code} shows the records that cite it "
            f"(ipprules.default_rulebook().citing({code!r}) in Python)"
        )
    if code in book.sources:
        return (
            f"{code!r} is a source id, not a finding's or a rejection's code: ipprules rules "
            f"sources {code} shows it (ipprules.default_rulebook().source({code!r}) in Python)"
        )
    return ""


def _reason_code_note(code: str, book: Any = None) -> str:
    """Where a reason code (``tm_counterfeit``, which ``advise``, ``rules`` and ``plan``
    print) is explained, when ``code`` is one of ``book``'s (``None``: the embedded one), or
    is one typed otherwise (``TM_COUNTERFEIT``, ``tm_countrfeit``) and no code ``explain``
    knows is nearer; else ``""``."""
    from ipprules.errors import suggest
    from ipprules.rulebook import default_rulebook

    ids = sorted({r.id for r in (book or default_rulebook()).records("reason_codes")})
    if code not in ids:
        near = suggest(code, ids) if suggest(code, codes()) is None else None
        if near is None:
            return ""
        code = near
    return (
        f"{code!r} is a reason code, not a finding's or a rejection's: ipprules rules reasons "
        f"lists them (ipprules.default_rulebook().as_of(day).reason_code({code!r}) in Python)"
    )


def _data(entry: object) -> dict[str, Any]:
    from ipprules._convert import unstructure

    data: dict[str, Any] = unstructure(entry)
    return data


#: The rule-book limits whose figures a finding's explanation quotes (the check reads them
#: from the book in use, so a ``--rules`` file that changes them changes the check).
LIMITS_QUOTED = {
    "new-filer-large-batch": ("large_batch", "track_record"),
    "right-expires-soon": ("expiry_warning",),
    "right-class-invalid": ("trademark_classes",),
    "attachments-too-many": ("lazada_attachments",),
    "attachment-too-large": ("lazada_attachment_size",),
}

#: The channel fields whose figures a finding's explanation quotes, with their unit: every
#: channel's, as the book in use has them (``listings-too-many`` quotes the portal's 300 and
#: the stand-alone form's 10 listings; a ``--rules`` file giving the portal 200 changes the
#: check, so ``explain`` quotes the file's 200).
CHANNEL_FIGURES_QUOTED = {"listings-too-many": ("max_listings", "listings")}


def _with_record_rules(data: dict[str, Any], book: Any = None, as_of: Any = None) -> dict[str, Any]:
    """``data`` (a check code's entry) with the rules its findings can cite from rule-book
    records (:func:`~ipprules.checks.findings.record_rules`) after the catalogue's in ``rules``;
    the catalogue's own stay in ``catalogue_rules``, and ``rules_as_of`` says the date the
    records were read on (``None``: any date)."""
    from ipprules.checks.findings import record_rules

    own = list(data.get("rules", ()))
    data["catalogue_rules"] = own
    data["rules"] = list(dict.fromkeys((*own, *record_rules(data["code"], book, as_of))))
    data["rules_as_of"] = None if as_of is None else str(as_of)
    return data


def _with_figures(data: dict[str, Any], book: Any = None) -> dict[str, Any]:
    """``data`` with the limits its explanation quotes, as ``book`` has them (``None``: the
    embedded book; ``figures``, ``figures_from``: the book's name and version), when it quotes
    any: each figure's record id, value, unit, reading, dates and sources (a ``--rules``
    file's record cites the file's)."""
    from ipprules.rulebook import default_rulebook
    from ipprules.rulebook.model import Channel, Limit

    ids = LIMITS_QUOTED.get(data["code"], ())
    channel = CHANNEL_FIGURES_QUOTED.get(data["code"])
    if not ids and channel is None:
        return data
    book = book or default_rulebook()
    data["figures_from"] = book.label
    figures = [
        {
            "id": r.id,
            "value": r.value,
            "unit": r.unit,
            "interpretation": r.interpretation,
            "effective_from": r.effective_from.isoformat(),
            "effective_until": r.effective_until and r.effective_until.isoformat(),
            "sources": list(r.sources),
        }
        for limit in ids
        for r in book.records("limits")
        if isinstance(r, Limit) and r.id == limit
    ]
    if channel is not None:
        field, unit = channel
        figures += [
            {
                "id": r.id,
                "value": getattr(r, field),
                "unit": unit,
                "interpretation": r.interpretation,
                "effective_from": r.effective_from.isoformat(),
                "effective_until": r.effective_until and r.effective_until.isoformat(),
                "sources": list(r.sources),
            }
            for r in book.records("channels")
            if isinstance(r, Channel) and getattr(r, field) is not None
        ]
    data["figures"] = figures
    return data


def _with_confidence(
    data: dict[str, Any], book: Any = None, as_of: dt.date | None = None
) -> dict[str, Any]:
    """``data`` with the confidence behind its rules and sources, from ``book`` (``None``: the
    embedded book): ``rule_confidence`` maps each rule id to the confidences of the records
    that cite it, of any date or, with ``as_of``, of those in force on it (for an account in
    a trial or not, as :func:`~ipprules.checks.findings.record_rules` reads them; rules no
    such record cites are left out; ``confidence_as_of`` then names the date),
    ``source_kinds`` each source id to its kind."""
    from ipprules.rulebook import default_rulebook
    from ipprules.rulebook.model import SECTIONS

    book = book or default_rulebook()
    wanted = set(data.get("rules", ()))
    found: dict[str, set[str]] = {}
    for section in SECTIONS:
        for record in book.records(section):
            if as_of is not None and not (
                record.in_force(as_of) or record.in_force(as_of, trial=True)
            ):
                continue
            confidence = getattr(record, "confidence", None)
            for rule in set(getattr(record, "rules", ())) & wanted:
                if confidence is not None:
                    found.setdefault(rule, set()).add(str(confidence))
    data["rule_confidence"] = {r: sorted(found[r]) for r in data.get("rules", ()) if r in found}
    if as_of is not None:
        data["confidence_as_of"] = as_of.isoformat()
    known = book.sources
    data["source_kinds"] = {s: str(known[s].kind) for s in data.get("sources", ()) if s in known}
    return data


def _annotated(ids: list[str], notes: dict[str, Any]) -> str:
    """``R32 (third-party), B7`` : each id with its note, where it has one."""
    out = []
    for i in ids:
        note = notes.get(i)
        text = ", ".join(note) if isinstance(note, list) else note
        out.append(f"{i} ({text})" if text else i)
    return ", ".join(out)


def _figures_text(entry: dict[str, Any]) -> str:
    parts = []
    for f in entry["figures"]:
        reading = f" under {f['interpretation']}" if f["interpretation"] else ""
        until = f" until {f['effective_until']}" if f["effective_until"] else ""
        cited = f"; {', '.join(f['sources'])}" if f.get("sources") else ""
        parts.append(
            f"{f['id']} {f['value']} {f['unit']}{reading} (from {f['effective_from']}{until}"
            f"{cited})"
        )
    return (
        f"Figures: those of the {entry['figures_from']}: {'; '.join(parts)}. A --rules file "
        "that changes these limits changes the check (ipprules explain CODE --rules FILE "
        "quotes its figures)."
    )


def _rejected(code: str, title: str, explanation: str, fix: str) -> dict[str, Any]:
    """The entry of a rejection code (a listing's, the planner's): no rules or sources (the
    planner's codes that a rule decides get those of its checks, :data:`PLANNER_CHECKS`)."""
    return {
        "code": code,
        "severity": "rejected",
        "title": title,
        "explanation": explanation,
        "fix": fix,
        "rules": [],
        "sources": [],
    }


def _listing(entry: Any) -> dict[str, Any]:
    return _rejected(
        entry.code,
        entry.title,
        f"A listing URL rejected by the parser (ipprules listings; in ipprules "
        f"plan: listing:{entry.code}). {entry.description}",
        entry.fix,
    )


#: The complaint-check findings whose rules decide a planner rejection: the planner refuses
#: a line for the reason those checks would give its complaint, so its entry cites their rules
#: and sources (the codes left out, such as ``missing-right`` or ``already-open``, are about
#: the input or the planner's own bookkeeping, not a rule of the book).
PLANNER_CHECKS: dict[str, tuple[str, ...]] = {
    "ambiguous-platform": ("listing-platform-ambiguous",),
    "marketplace-not-filable": ("listing-marketplace-unknown",),
    "platform-not-in-force": ("platform-unknown",),
    "several-listings": ("listing-several-urls",),
    "wrong-kind": ("listing-wrong-kind",),
    "storefront-not-allowed": ("storefront-not-allowed",),
    "reason-not-admissible": (
        "reason-unknown",
        "reason-wrong-ipr-type",
        "reason-wrong-subtype",
        "reason-wrong-platform",
        "reason-wrong-target",
        "reason-good-faith-only",
    ),
    "right-place-not-accepted": ("right-place-not-accepted",),
    "missing-order": ("evidence-missing",),
    "rules-unknown": ("storefront-unknown", "right-place-unknown"),
}


#: How to fix a planner rejection that is about the line or the settings, not a rule: where
#: the value goes (a column of the input, the command's option, the Python setting). The
#: other codes keep the general fix.
PLANNER_FIXES: dict[str, str] = {
    "missing-right": "Name the right: a right column in the CSV or JSON Lines input (the id "
    "of one of the plan's [[rights]]), or one right for every line that names none (ipprules "
    "plan --right RIGHT; in Python Settings(right=...)), and plan it again.",
    "unknown-right": "Give the id of one of the plan's [[rights]] (the right column, or "
    "--right RIGHT; in Python Settings(right=...)), or add the right to the plan, and plan it "
    "again.",
    "missing-reason": "Name the reason code: a reason column in the CSV or JSON Lines input, "
    "or one for every line that names none (ipprules plan --reason REASON; in Python "
    "Settings(reason=...)); ipprules advise ranks the codes that fit the facts, and ipprules "
    "rules reasons lists them. Plan it again.",
    "missing-order": "Give the test purchase's order number (an order_number column in the "
    "CSV or JSON Lines input), or a reason code that needs no test purchase, and plan it again.",
    "wrong-kind": "Give the target of the URL's kind (a target column, or ipprules plan "
    "--target; without one, the URL's kind is taken), or a URL of the target's kind, and plan "
    "it again.",
}


def _planner(code: str, text: str) -> dict[str, Any]:
    checks = PLANNER_CHECKS.get(code, ())
    entry = _rejected(
        code,
        text,
        f"A line ipprules plan rejected before planning it: {text}. (A code "
        "check:CODE is a finding of the complaint checks: ipprules explain CODE.)",
        PLANNER_FIXES.get(
            code, "Correct the line (or the plan's rights and settings) and plan it again."
        ),
    )
    if checks:
        from ipprules.checks import catalogue

        found = catalogue()
        rules: dict[str, None] = {}
        sources: dict[str, None] = {}
        for check in checks:
            rules.update(dict.fromkeys(found[check].rules))
            sources.update(dict.fromkeys(found[check].sources))
        entry["rules"], entry["sources"] = list(rules), list(sources)
        entry["explanation"] += " The rules are those of the check" + (
            f" check:{checks[0]}."
            if len(checks) == 1
            else f"s {', '.join('check:' + c for c in checks)}."
        )
    return entry


def _account(code: str, text: str) -> dict[str, Any]:
    return _rejected(
        code,
        text,
        f"A row ipprules plan --workers (or --scheduler; plan_accounts in "
        f"Python) rejected before planning it: {text}. Each account's rows are planned with "
        "that account's plan (a file named after the account in a directory of plans, or the "
        "one plan given for every account).",
        "Give the row its account, or a plan for the account (PLANS/ACCOUNT.toml), and "
        "plan it again.",
    )


def entry_text(entry: dict[str, Any]) -> str:
    """The text ``ipprules explain CODE`` prints for an entry of :func:`entry_data`."""
    lines = [
        f"{entry['code']} ({entry['severity']}): {entry['title']}",
        "",
        str(entry["explanation"]),
        "",
        f"How to fix: {entry['fix']}",
    ]
    if entry.get("figures"):
        lines[4:4] = [_figures_text(entry), ""]
    if entry.get("rules"):
        lines.append(f"Rules: {_annotated(entry['rules'], entry.get('rule_confidence', {}))}")
    more = [r for r in entry.get("rules", ()) if r not in entry.get("catalogue_rules", ())]
    if "catalogue_rules" in entry and more:
        when = entry.get("rules_as_of")
        lines.append(
            f"({', '.join(more)}: cited by the rule-book records its findings can rest on, "
            + (f"in force on {when})" if when else "on any date; --as-of DATE for one date)")
        )
    if entry.get("sources"):
        lines.append(f"Sources: {_annotated(entry['sources'], entry.get('source_kinds', {}))}")
    if entry.get("rule_confidence") or entry.get("source_kinds"):
        when = entry.get("confidence_as_of")
        lines.append(
            "(After a rule: the confidence of the rule-book records that cite it"
            + (f", of those in force on {when}" if when else "")
            + "; after a source: its kind.)"
        )
    return "\n".join(lines)


def _status(code: str) -> dict[str, Any]:
    title, explanation = PLANNER_STATUSES[code]
    entry = _rejected(
        code,
        title,
        f"The status of an input line of ipprules plan (plan_listings in Python). {explanation}",
        "Nothing to fix." if code != "rejected" else "See the line's code: ipprules explain CODE.",
    )
    entry["severity"] = CodeSeverity.STATUS.value
    return entry


def _timing(code: str) -> dict[str, Any]:
    title, explanation = LIFECYCLE_TIMINGS[code]
    entry = _rejected(
        code,
        title,
        f"The timing flag of an event ipprules lifecycle replayed (lifecycle_report in Python: "
        f"a DeadlineFlag's kind). {explanation}",
        "Check the event's date in the file; if it is right, the flag is the platform's answer: "
        "plan the next step from the state the replay reached.",
    )
    entry["severity"] = CodeSeverity.TIMING.value
    return entry
