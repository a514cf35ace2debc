"""Which records of a rule book cite a rule of the domain reference (``R47``, ``B16``, ``D4``).

Findings, notes and records name the rules they rest on beside their sources; every record
lists them (its ``rules``). :meth:`~ipprules.rulebook.RuleBook.citing` answers with the
records, read from the book itself (no copy of the domain text).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

import attrs

from ipprules._typed import check_types
from ipprules.errors import UnknownNameError
from ipprules.rulebook.background import NOT_ENCODED, REFERENCE_RANGES, REFERENCE_RULES
from ipprules.rulebook.model import SECTIONS, Confidence, Rule, RuleBookData

__all__ = ["Citation"]

#: The fields that say what a record is, the first one a record has (evidence rules and
#: account requirements have ``text``, deadlines ``description``, document rules
#: ``message``, platforms ``name``); records with none say it in their ``note`` alone.
_TEXT_FIELDS = ("text", "description", "message", "name")

#: The form of a rule id of the domain reference: the brief's, the researched rules and the
#: disagreements.
RULE_ID = re.compile(r"[BRD][0-9]{1,4}")


@attrs.frozen(kw_only=True)
class Citation:
    """A record of the rule book that cites a rule: its section and id, what it says, its
    dates, interpretation, sources and confidence (``record``: the record itself).

    >>> from ipprules import default_rulebook
    >>> first = default_rulebook().citing("R47")[0]
    >>> first.section, first.id, first.effective_from, first.sources, first.confidence.value
    ('limits', 'lazada_attachment_size', datetime.date(2019, 6, 1), ('S52',), 'third-party')
    >>> first.text
    'Each attachment to a Lazada complaint is at most 5 MB.'
    """

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a wrong type is a TypeError naming the field

    section: str
    id: str
    text: str
    note: str
    effective_from: dt.date
    effective_until: dt.date | None
    trial_from: dt.date | None
    interpretation: str | None
    sources: tuple[str, ...]
    confidence: Confidence
    rules: tuple[str, ...]
    record: Rule = attrs.field(repr=False, eq=False)

    @classmethod
    def _of(cls, section: str, record: Rule) -> Citation:
        """The citation of ``record`` of ``section``."""
        texts = (getattr(record, name, "") for name in _TEXT_FIELDS)
        return cls(
            section=section,
            id=record.id,
            text=next((t for t in texts if isinstance(t, str) and t), ""),
            note=record.note,
            effective_from=record.effective_from,
            effective_until=record.effective_until,
            trial_from=record.trial_from,
            interpretation=record.interpretation,
            sources=record.sources,
            confidence=record.confidence,
            rules=record.cited(),
            record=record,
        )

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data (dates as ISO strings; the record itself left out).

        >>> from ipprules import default_rulebook
        >>> data = default_rulebook().citing("R47")[0].to_dict()
        >>> data["section"], data["effective_from"], data["effective_until"], data["sources"]
        ('limits', '2019-06-01', None, ['S52'])
        """
        day = dt.date.isoformat
        return {
            "section": self.section,
            "id": self.id,
            "text": self.text,
            "note": self.note,
            "effective_from": day(self.effective_from),
            "effective_until": day(self.effective_until) if self.effective_until else None,
            "trial_from": day(self.trial_from) if self.trial_from else None,
            "interpretation": self.interpretation,
            "sources": list(self.sources),
            "confidence": self.confidence.value,
            "rules": list(self.rules),
        }


def citations(data: RuleBookData) -> dict[str, tuple[Citation, ...]]:
    """Every rule id the book's records cite, with those records: by section in the book's
    order, then in each section's order (the ids sorted as ``B``, ``D``, ``R`` by number)."""
    found: dict[str, list[Citation]] = {}
    for section in SECTIONS:
        for record in getattr(data, section):
            for rule_id in dict.fromkeys(record.cited()):
                found.setdefault(rule_id, []).append(Citation._of(section, record))
    return {rule_id: tuple(found[rule_id]) for rule_id in sorted(found, key=_order)}


def _order(rule_id: str) -> tuple[str, int, str]:
    digits = rule_id[1:]
    return (rule_id[:1], int(digits) if digits.isdigit() else -1, rule_id)


def not_cited(
    rule_id: str,
    cited: Mapping[str, object],
    sources: Mapping[str, object],
    *,
    missing: str = "no record of the rule book cites {id} (a finding or the complaint "
    "lifecycle may: ipprules rules rule {id} lists what cites it)",
    kind: str = "rule id (cited by no record)",
) -> UnknownNameError:
    """The error for an id no record cites: the id meant where it is typed in another case or
    with zeros (``r47``, ``R047``: ``R47``), else a did-you-mean among the cited ids; for a
    well-formed id none (``R57``: a neighbour's number is another rule), but why: left out of
    the book (:data:`NOT_ENCODED`), not a rule of the reference (:data:`REFERENCE_RULES`) or
    ``missing`` (its ``{id}`` the id); for a source's id, that it is one."""
    known = tuple(cited)
    text = rule_id.strip().upper()
    form = RULE_ID.fullmatch(text)
    canonical = f"{text[0]}{int(text[1:])}" if form else rule_id
    if canonical != rule_id and canonical in cited:
        return UnknownNameError("rule id", rule_id, known, suggestion=canonical)
    if rule_id in sources:
        note = f"{rule_id} is a source, not a rule: RuleBook.source({rule_id!r}) shows it"
        return UnknownNameError("rule id", rule_id, known, note=note, nearest=False)
    if not form:
        return UnknownNameError("rule id", rule_id, known)
    why = NOT_ENCODED.get(canonical)
    if why:
        note = f"{canonical} is deliberately not encoded: {why}"
    elif int(canonical[1:]) > REFERENCE_RULES[canonical[0]]:
        note = f"{canonical} is not a rule of the domain reference ({REFERENCE_RANGES})"
    else:
        note = missing.format(id=canonical)
    return UnknownNameError(kind, rule_id, known, note=note, nearest=False)
