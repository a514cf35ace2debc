"""``ipprules explain``: what a code means and how to fix it (all codes without one).

Finding codes of ``check`` and ``counter-notice``; the rejection codes ``listings`` and
``plan`` print (``lookalike-host``, ``listing:lookalike-host``, ``missing-order``,
``check:right-expired``: the prefix names where the code comes from; with ``--workers``,
``unknown-account`` and ``no-account`` too).

A finding whose check reads rule-book limits quotes their figures from the book in use: the
embedded one, or with ``--rules FILE`` the book with that override applied (as ``check`` and
the other rule-reading commands take it).

Exit codes: 0 shown, 2 unknown code or an unusable ``--rules`` file.
"""

from __future__ import annotations

import argparse
from typing import Any

from ipprules.cli._common import EXIT_OK, add_format, add_rules, print_json, table

HELP = "explain a code of check, counter-notice, listings or plan (list every code without one)"


def configure(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``ipprules explain``."""
    parser.add_argument(
        "code",
        nargs="?",
        metavar="CODE",
        help="a finding or rejection code, e.g. right-expired, short-link, missing-order",
    )
    add_rules(parser)
    add_format(parser)


def run(args: argparse.Namespace) -> int:
    """Run the command; see the module docstring for exit codes."""
    from ipprules.cli._common import rulebook_from

    book = rulebook_from(args)  # a malformed --rules file is exit 2, with or without a code
    if args.code is None:
        entries = _all()
        if args.format == "json":
            print_json(entries)
        else:
            rows = [[e["code"], e["severity"], e["title"]] for e in entries]
            print(table(["code", "severity", "title"], rows))
        return EXIT_OK
    entry = _one(args.code, book)
    if args.format == "json":
        print_json(entry)
    else:
        print(_text(entry))
    return EXIT_OK


def _all() -> list[dict[str, Any]]:
    from ipprules.checks import catalogue
    from ipprules.counternotice import catalogue as counter_notice_codes
    from ipprules.listings import REJECTION_CODES
    from ipprules.planner.engine import REJECTION_REASONS
    from ipprules.scale._planner import ACCOUNT_REJECTIONS

    out = [_data(e) for e in (*catalogue().values(), *counter_notice_codes().values())]
    out += [_listing(e) for e in REJECTION_CODES.values()]
    out += [_planner(code, text) for code, text in REJECTION_REASONS.items()]
    out += [_account(code, text) for code, text in ACCOUNT_REJECTIONS.items()]
    return out


def _one(code: str, book: Any = None) -> dict[str, Any]:
    """The entry of a code; ``check:`` and ``listing:`` prefixes (as ``plan`` prints them)
    name the catalogue; an unknown code raises :class:`UnknownNameError` listing every code.
    ``book`` is the rule book whose figures are quoted (``None``: the embedded one)."""
    from ipprules.checks import catalogue
    from ipprules.counternotice import catalogue as counter_notice_codes
    from ipprules.errors import UnknownNameError
    from ipprules.listings import REJECTION_CODES

    prefix, _, rest = code.partition(":")
    if prefix == "check" and rest in catalogue():
        return _with_confidence(_with_figures(_data(catalogue()[rest]), book), book)
    if prefix == "listing" and rest in REJECTION_CODES:
        return _listing(REJECTION_CODES[rest])
    found = catalogue().get(code) or counter_notice_codes().get(code)
    if found is not None:
        return _with_confidence(_with_figures(_data(found), book), book)
    if code in REJECTION_CODES:
        return _listing(REJECTION_CODES[code])
    # imported only now: the planner's modules and the scale-out ones cost a finding's or a
    # listing's code about 90 ms of start-up, for two tables of strings
    from ipprules.planner.engine import REJECTION_REASONS
    from ipprules.scale._planner import ACCOUNT_REJECTIONS

    if code in REJECTION_REASONS:
        return _with_confidence(_planner(code, REJECTION_REASONS[code]), book)
    if code in ACCOUNT_REJECTIONS:
        return _account(code, ACCOUNT_REJECTIONS[code])
    raise UnknownNameError("code", code, [e["code"] for e in _all()])


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


def _with_figures(data: dict[str, Any], book: Any = None) -> dict[str, Any]:
    """``data`` with the limits its explanation quotes, as ``book`` has them (``None``: the
    embedded book; ``figures``, ``figures_from``: the book's name and version), when it quotes
    any."""
    from ipprules.rulebook import default_rulebook
    from ipprules.rulebook.model import Limit

    ids = LIMITS_QUOTED.get(data["code"])
    if not ids:
        return data
    book = book or default_rulebook()
    data["figures_from"] = book.label
    data["figures"] = [
        {
            "id": r.id,
            "value": r.value,
            "unit": r.unit,
            "interpretation": r.interpretation,
            "effective_from": r.effective_from.isoformat(),
            "effective_until": r.effective_until and r.effective_until.isoformat(),
        }
        for limit in ids
        for r in book.records("limits")
        if isinstance(r, Limit) and r.id == limit
    ]
    return data


def _with_confidence(data: dict[str, Any], book: Any = None) -> dict[str, Any]:
    """``data`` with the confidence behind its rules and sources, from ``book`` (``None``: the
    embedded book): ``rule_confidence`` maps each rule id to the confidences of the records
    that cite it (rules no record cites are left out), ``source_kinds`` each source id to its
    kind."""
    from ipprules.rulebook import default_rulebook
    from ipprules.rulebook.model import SECTIONS

    book = book or default_rulebook()
    wanted = set(data.get("rules", ()))
    found: dict[str, set[str]] = {}
    for section in SECTIONS:
        for record in book.records(section):
            confidence = getattr(record, "confidence", None)
            for rule in set(getattr(record, "rules", ())) & wanted:
                if confidence is not None:
                    found.setdefault(rule, set()).add(str(confidence))
    data["rule_confidence"] = {r: sorted(found[r]) for r in data.get("rules", ()) if r in found}
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
        parts.append(
            f"{f['id']} {f['value']} {f['unit']}{reading} (from {f['effective_from']}{until})"
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


def _planner(code: str, text: str) -> dict[str, Any]:
    checks = PLANNER_CHECKS.get(code, ())
    entry = _rejected(
        code,
        text,
        f"A line ipprules plan rejected before planning it: {text}. (A code "
        "check:CODE is a finding of the complaint checks: ipprules explain CODE.)",
        "Correct the line (or the plan's rights and settings) and plan it again.",
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


def _text(entry: dict[str, Any]) -> str:
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
    if entry.get("sources"):
        lines.append(f"Sources: {_annotated(entry['sources'], entry.get('source_kinds', {}))}")
    if entry.get("rule_confidence") or entry.get("source_kinds"):
        lines.append(
            "(After a rule: the confidence of the rule-book records that cite it; after a "
            "source: its kind.)"
        )
    return "\n".join(lines)
