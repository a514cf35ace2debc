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

from ipprules.checks.context import Draft
from ipprules.rulebook import ResolvedRules

__all__ = ["missing_record"]


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
        if r.id == record_id
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
