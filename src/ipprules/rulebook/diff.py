"""Differences between two resolved rule views (two dates, or two rule books).

>>> from ipprules.rulebook import default_rulebook, diff_rules
>>> book = default_rulebook()
>>> changes = diff_rules(book.as_of("2022-01-19"), book.as_of("2022-01-20"))
>>> [(c.section, c.id, c.kind) for c in changes]
[('deadlines', 'counter_notice_round_2_3', 'changed')]
>>> [(f.field, f.before, f.after) for f in changes[0].fields if f.field == "amount"]
[('amount', 30, 27)]
"""

from __future__ import annotations

from typing import Any

import attrs

from ipprules._convert import unstructure
from ipprules.rulebook.book import ResolvedRules
from ipprules.rulebook.model import SECTIONS

__all__ = ["Change", "FieldChange", "diff_rules"]

_DATES = ("effective_from", "effective_until", "trial_from")


@attrs.frozen
class FieldChange:
    """One field that differs."""

    field: str
    before: Any
    after: Any


@attrs.frozen
class Change:
    """A record added, removed or changed between two views."""

    section: str
    id: str
    kind: str
    """``added``, ``removed`` or ``changed``."""
    fields: tuple[FieldChange, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {
            "section": self.section,
            "id": self.id,
            "kind": self.kind,
            "fields": [
                {"field": f.field, "before": f.before, "after": f.after} for f in self.fields
            ],
        }


def diff_rules(before: ResolvedRules, after: ResolvedRules) -> tuple[Change, ...]:
    """What differs between two views, section by section, ignoring only the records' dates."""
    changes: list[Change] = []
    for section in SECTIONS:
        old = before.section(section)
        new = after.section(section)
        for rid in sorted(set(old) | set(new)):
            if rid not in new:
                changes.append(Change(section, rid, "removed"))
            elif rid not in old:
                changes.append(Change(section, rid, "added"))
            else:
                a, b = unstructure(old[rid]), unstructure(new[rid])
                fields = tuple(
                    FieldChange(name, a.get(name), b.get(name))
                    for name in sorted(set(a) | set(b))
                    if name not in _DATES and a.get(name) != b.get(name)
                )
                if fields:
                    changes.append(Change(section, rid, "changed", fields))
    return tuple(changes)
