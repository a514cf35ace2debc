"""A record a check needs that the rule book has, but not in force on the day checked.

A user's rule file replaces the base's records of an id for every date (docs/rulebook.md):
a file giving the portal ``max_listings = 200`` from 2024-01-01 leaves the days before 2024
with no portal record. A check that needs the record then cannot answer: it says so with one
``rule-record-missing`` finding (severity ``unknown``) naming the record and the day, instead
of skipping in silence. A record the book has on no day at all is not missing (the book does
not know it; other codes say so, e.g. ``platform-unknown``).

>>> from ipprules import default_rulebook
>>> rules = default_rulebook().as_of("2020-03-01")
>>> missing_record(rules, "channels", "portal", "the listing limit") is None
True
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from ipprules.checks.context import Draft
from ipprules.rulebook import ResolvedRules
from ipprules.rulebook.model import IprType, Rule

__all__ = ["missing_record", "missing_records", "with_type"]


def missing_record(rules: ResolvedRules, section: str, record_id: str, what: str) -> Draft | None:
    """The ``rule-record-missing`` draft (code, message, records) when ``rules`` (the view of
    one day) has no record ``record_id`` of ``section`` though the book has one on other days
    (``what`` is the check it leaves undone), else ``None``.

    >>> import datetime as dt
    >>> from ipprules import default_rulebook
    >>> rules = default_rulebook().as_of("2018-01-01")
    >>> code, message, _ = missing_record(rules, "limits", "lazada_attachments", "the count")
    >>> code
    'rule-record-missing'
    >>> print(message)  # doctest: +NORMALIZE_WHITESPACE
    the rule book has no record limits/lazada_attachments in force on 2018-01-01 (its records
    apply from 2019-06-01); not checked: the count
    """
    if record_id in rules.section(section):
        return None
    spans = [
        _span(r.effective_from, r.effective_until)
        for r in rules.book.records(section)
        if r.id == record_id and r.interpretation in (None, rules.interpretation)
    ]
    if not spans:
        return None
    return (
        "rule-record-missing",
        f"the rule book has no record {section}/{record_id} in force on {rules.as_of} (its "
        f"records apply {', '.join(dict.fromkeys(spans))}); not checked: {what}",
        (),
    )


def _span(start: object, until: object) -> str:
    return f"from {start}" if until is None else f"from {start} until {until}"


def missing_records(
    rules: ResolvedRules, section: str, what: str, needed: Callable[[Rule], bool]
) -> list[Draft]:
    """The ``rule-record-missing`` drafts of every record of ``section`` that a check would
    read on this day (``needed``, asked of the record's entries on other days, under this
    reading) but that is in force on no date of ``rules``' day: one per record id, in the
    book's order.

    >>> from ipprules import default_rulebook
    >>> rules = default_rulebook().as_of("2020-03-01")
    >>> missing_records(rules, "document_rules", "a document", lambda r: True)
    []
    """
    ids = {
        r.id: None
        for r in rules.book.records(section)
        if r.interpretation in (None, rules.interpretation) and needed(r)
    }
    drafts = (missing_record(rules, section, i, what) for i in ids)
    return [d for d in drafts if d is not None]


def with_type(rules: ResolvedRules, ipr_type: str) -> ResolvedRules:
    """``rules``, with a stand-in for the record of ``ipr_type`` where the day has none but
    the book has it on other days (a user file that starts it later: the check says
    ``rule-record-missing`` of each right and complaint of the type). The stand-in has no
    subtypes, so every reason code of the type is admissible: the planner plans the line and
    coverage decides the cell (an unknown is no error) instead of refusing the whole run.

    >>> from ipprules import default_rulebook
    >>> rules = default_rulebook().as_of("2020-03-01")
    >>> with_type(rules, "trademark") is rules
    True
    """
    if ipr_type in rules.ipr_types or missing_record(rules, "ipr_types", ipr_type, "") is None:
        return rules
    kind = next(
        r for r in rules.book.records("ipr_types") if r.id == ipr_type and isinstance(r, IprType)
    )
    stand_in = attrs.evolve(kind, subtypes=())
    return attrs.evolve(rules, ipr_types={**rules.ipr_types, ipr_type: stand_in})
