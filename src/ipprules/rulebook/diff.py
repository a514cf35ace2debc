"""Differences between two resolved rule views (two dates, or two rule books).

Two books are compared on one date (``as_of=``), or record by record over every date
when no date is given.

>>> from ipprules.rulebook import default_rulebook, diff_rules
>>> book = default_rulebook()
>>> changes = diff_rules(book.as_of("2022-01-19"), book.as_of("2022-01-20"))
>>> [(c.section, c.id, c.kind) for c in changes]
[('deadlines', 'counter_notice_round_2_3', 'changed')]
>>> [(f.field, f.before, f.after) for f in changes[0].fields if f.field == "amount"]
[('amount', 30, 27)]
>>> diff_rules(book, book, as_of="2023-05-01")
()
>>> diff_rules(book, book.as_of("2023-05-01"))
Traceback (most recent call last):
...
TypeError: diff_rules compares two ResolvedRules or two RuleBook, got RuleBook and ResolvedRules
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from ipprules._args import keywords_checked, require_optional_str
from ipprules._dates import as_date, rulebook_keys
from ipprules._table import shown_html
from ipprules._typed import check_types
from ipprules.rulebook.book import ResolvedRules, RuleBook, _record_data
from ipprules.rulebook.model import SECTIONS

__all__ = ["Change", "FieldChange", "RuleChanges", "diff_rules"]

_DATES = ("effective_from", "effective_until", "trial_from")


@attrs.frozen
class FieldChange:
    """One value that differs: ``field`` is its name, or for a value inside a mapping or a
    list of records its path in the record (``points.counterfeit``,
    ``place_rules[0].confidence``).

    >>> import ipprules
    >>> book = ipprules.default_rulebook()
    >>> (change,) = ipprules.diff_rules(book.as_of("2022-01-19"), book.as_of("2022-01-20"))
    >>> [(f.field, f.before, f.after) for f in change.fields][:1]
    [('amount', 30, 27)]
    """

    field: str
    before: Any
    after: Any


@attrs.frozen
class Change:
    """A record added, removed or changed between two views.

    >>> import ipprules
    >>> book = ipprules.default_rulebook()
    >>> (change,) = ipprules.diff_rules(book.as_of("2022-01-19"), book.as_of("2022-01-20"))
    >>> change.section, change.id, change.kind
    ('deadlines', 'counter_notice_round_2_3', 'changed')
    """

    section: str
    id: str
    kind: str
    """``added``, ``removed`` or ``changed``."""
    fields: tuple[FieldChange, ...] = ()

    def __attrs_post_init__(self) -> None:
        check_types(self)  # a wrong type is a TypeError naming the field

    def as_dict(self) -> dict[str, Any]:
        return {
            "section": self.section,
            "id": self.id,
            "kind": self.kind,
            "fields": [
                {"field": f.field, "before": f.before, "after": f.after} for f in self.fields
            ],
        }

    #: The same as :meth:`as_dict`: ``to_dict()`` is every result's name for it.
    to_dict = as_dict


#: The kinds of change, in the order a frame's ``kind`` column lists them.
KINDS = ("added", "removed", "changed")


class RuleChanges(tuple[Change, ...]):
    """What :func:`diff_rules` returns: a tuple of :class:`Change` (equal to ``()`` when
    nothing differs, indexed, sliced and iterated as one; a slice or a sum is a plain
    tuple), with the whole diff as data and as a notebook table.

    >>> import ipprules
    >>> book = ipprules.default_rulebook()
    >>> changes = ipprules.diff_rules(book.as_of("2022-01-19"), book.as_of("2022-01-20"))
    >>> len(changes), changes[0].id, changes == (changes[0],)
    (1, 'counter_notice_round_2_3', True)
    >>> ipprules.diff_rules(book, book, as_of="2023-05-01") == ()
    True
    """

    #: The label of the earlier view's rule book and its reading, as ``ipprules rules diff``
    #: names them in its heading (empty, ``None``: two books compared over all dates).
    rulebook: str = ""
    #: Its version (``None`` for two books compared over all dates); ``to_dict()`` gives it,
    #: and the date it names as ``rulebook_date``.
    rulebook_version: str | None = None
    interpretation: str | None = None
    #: The records (``section/id``) whose change another reading of both books answers
    #: otherwise (a change only it sees, none, or other values), each with those readings:
    #: ``{"limits/expiry_warning": ("official",)}`` (empty for two books over all dates and
    #: for two views under two readings).
    other_readings: Mapping[str, tuple[str, ...]] = {}

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: the earlier view's rule book and reading (``rulebook``,
        ``interpretation``: ``""`` and ``None`` for two books compared over all dates), how
        many records differ, each change, as :meth:`Change.as_dict` gives it
        (``ipprules rules diff --format json``'s ``changes``), and :attr:`other_readings`
        (each record's readings as a list).

        >>> import ipprules
        >>> book = ipprules.default_rulebook()
        >>> data = ipprules.diff_rules(book.as_of("2022-01-19"), book.as_of("2022-01-20")).to_dict()
        >>> data["count"], data["changes"][0]["kind"], data["interpretation"]
        (1, 'changed', 'brief')
        """
        return {
            "rulebook": self.rulebook,
            **rulebook_keys(self.rulebook_version),
            "interpretation": self.interpretation,
            "count": len(self),
            "changes": [change.as_dict() for change in self],
            "other_readings": {key: list(names) for key, names in self.other_readings.items()},
        }

    def to_dict(self) -> dict[str, Any]:
        """The same as :meth:`as_dict`: ``to_dict()`` is every result's name for it.

        >>> import ipprules
        >>> book = ipprules.default_rulebook()
        >>> data = ipprules.diff_rules(book, book, as_of="2023-05-01").to_dict()
        >>> data["count"], data["changes"], data["rulebook"] == book.label
        (0, [], True)
        """
        return self.as_dict()

    def to_records(self) -> list[dict[str, Any]]:
        """One plain record per field that differs (``section``, ``id``, ``kind``,
        ``field``, ``before``, ``after``), and one per record added or removed, its
        ``field``, ``before`` and ``after`` ``None``.

        >>> import ipprules
        >>> book = ipprules.default_rulebook()
        >>> changes = ipprules.diff_rules(book.as_of("2022-01-19"), book.as_of("2022-01-20"))
        >>> rows = changes.to_records()
        >>> [(r["id"], r["field"], r["before"], r["after"]) for r in rows if r["field"] == "amount"]
        [('counter_notice_round_2_3', 'amount', 30, 27)]
        """
        rows = []
        for c in self:
            base = {"section": c.section, "id": c.id, "kind": c.kind}
            if not c.fields:
                rows.append({**base, "field": None, "before": None, "after": None})
            rows += [
                {**base, "field": f.field, "before": f.before, "after": f.after} for f in c.fields
            ]
        return rows

    def to_frame(self) -> Any:
        """:meth:`to_records` as a pandas DataFrame (the ``pandas`` extra), with categorical
        ``section`` and ``kind`` columns.

        >>> import ipprules
        >>> book = ipprules.default_rulebook()
        >>> changes = ipprules.diff_rules(book.as_of("2022-01-19"), book.as_of("2022-01-20"))
        >>> frame = changes.to_frame()
        >>> frame[["id", "field"]].values.tolist()[:1], str(frame["kind"].dtype)
        ([['counter_notice_round_2_3', 'amount']], 'category')
        """
        from ipprules._frames import to_frame

        return to_frame(
            self.to_records(),
            categories={"section": (*SECTIONS, *_BOOK_PARTS), "kind": KINDS},
            texts=("id", "field"),
            columns=COLUMNS,
        )

    def _repr_html_(self) -> str:
        """A notebook's table: one row per field that differs, as ``ipprules rules diff``
        lists them (a record added or removed: one row, its field empty)."""

        head = "".join(f"<th>{name}</th>" for name in COLUMNS)
        rows = "".join(
            "<tr>"
            + "".join(
                f"<td style='text-align:left'>{shown_html(_cell(r, name))}</td>" for name in COLUMNS
            )
            + "</tr>"
            for r in self.to_records()
        )
        from ipprules._table import reading_label

        named = (
            ""
            if self.interpretation is None
            else f" ({shown_html(reading_label(self.rulebook, self.interpretation))})"
        )
        return (
            f"<div><p><strong>{len(self)} record(s) differ</strong>{named}</p>"
            f"<table><tr>{head}</tr>{rows}</table></div>"
        )


#: The columns of :meth:`RuleChanges.to_records`.
COLUMNS = ("section", "id", "kind", "field", "before", "after")


def _cell(row: Mapping[str, Any], name: str) -> str:
    """A cell of the notebook's table: a field's value before or after as ``rules diff``
    prints it (``'unknown'``, ``30``, ``None``), the others as they are; nothing in the
    empty fields of a record added or removed."""
    value = row[name]
    if name in ("before", "after") and row["field"] is not None:
        return repr(value)
    return "" if value is None else str(value)


@keywords_checked()
def diff_rules(
    before: ResolvedRules | RuleBook,
    after: ResolvedRules | RuleBook,
    *,
    as_of: dt.date | str | None = None,
    interpretation: str | None = None,
) -> RuleChanges:
    """What differs between two views, section by section, ignoring only the records' dates.

    ``before`` and ``after`` are two resolved views (``book.as_of(day)``), or two rule
    books: resolved on ``as_of`` (under ``interpretation``) when it is given, else
    compared record by record over all dates (each record named
    ``id@effective_from`` or ``id@effective_from/interpretation``; dates then count).

    >>> import ipprules
    >>> book = ipprules.default_rulebook()
    >>> [c.id for c in ipprules.diff_rules(book.as_of("2022-01-19"), book.as_of("2022-01-20"))]
    ['counter_notice_round_2_3']
    """
    kinds = (type(before).__name__, type(after).__name__)
    if isinstance(before, RuleBook) and isinstance(after, RuleBook):
        interpretation = require_optional_str(interpretation, "interpretation")
        if as_of is None:
            return RuleChanges(
                _diff(_all_records(before), _all_records(after), ()) + _diff_book(before, after)
            )
        day = as_date(as_of, "as-of date", name="as_of")
        before, after = before.as_of(day, interpretation), after.as_of(day, interpretation)
    elif not (isinstance(before, ResolvedRules) and isinstance(after, ResolvedRules)):
        raise TypeError(
            f"diff_rules compares two ResolvedRules or two RuleBook, got {kinds[0]} and {kinds[1]}"
        )
    elif as_of is not None or interpretation is not None:
        raise TypeError("as_of and interpretation are for two RuleBook, not ResolvedRules")
    changes = RuleChanges(_diff_views(before, after))
    changes.rulebook, changes.interpretation = before.rulebook, before.interpretation
    changes.rulebook_version = before.rulebook_version
    changes.other_readings = _other_readings(before, after, changes)
    return changes


def _diff_views(before: ResolvedRules, after: ResolvedRules) -> tuple[Change, ...]:
    return _diff(
        {s: before.section(s) for s in SECTIONS},
        {s: after.section(s) for s in SECTIONS},
        _DATES,
    ) + _diff_book(before.book, after.book)


def _other_readings(
    before: ResolvedRules, after: ResolvedRules, mine: tuple[Change, ...]
) -> dict[str, tuple[str, ...]]:
    """By record (``section/id``), the other readings both books know under which its change
    differs from this reading's (disputed rules are never silent, in a diff neither); none
    for two views under two readings (the diff is then of the readings themselves)."""
    if before.interpretation != after.interpretation:
        return {}
    names = [
        name
        for name in before.book.interpretations
        if name != before.interpretation and name in after.book.interpretations
    ]
    here = {f"{c.section}/{c.id}": c for c in mine}
    out: dict[str, list[str]] = {}
    for name in names:
        there = {
            f"{c.section}/{c.id}": c
            for c in _diff_views(
                before.book.as_of(before.as_of, name, trial=before.trial),
                after.book.as_of(after.as_of, name, trial=after.trial),
            )
        }
        for key in sorted(set(here) | set(there)):
            if here.get(key) != there.get(key):
                out.setdefault(key, []).append(name)
    return {key: tuple(readings) for key, readings in out.items()}


#: What a book holds besides its dated sections, compared too: a source re-attributed or an
#: interpretation added changes what the records mean.
_BOOK_PARTS = ("sources", "interpretations")


def _diff_book(before: RuleBook, after: RuleBook) -> tuple[Change, ...]:
    """The sources and interpretations that differ between two books (none for one book)."""
    if before is after:
        return ()
    parts = {
        name: (
            {x.id: x for x in getattr(before.data, name)},
            {x.id: x for x in getattr(after.data, name)},
        )
        for name in _BOOK_PARTS
    }
    return _diff(
        {name: pair[0] for name, pair in parts.items()},
        {name: pair[1] for name, pair in parts.items()},
        (),
        _BOOK_PARTS,
    )


def _all_records(book: RuleBook) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for section in SECTIONS:
        keyed: dict[str, Any] = {}
        for record in book.records(section):
            key = f"{record.id}@{record.effective_from}"
            if record.interpretation:
                key += f"/{record.interpretation}"
            keyed[key] = record
        out[section] = keyed
    return out


def _diff(
    before: Mapping[str, Mapping[str, Any]],
    after: Mapping[str, Mapping[str, Any]],
    ignored: tuple[str, ...],
    sections: tuple[str, ...] = SECTIONS,
) -> tuple[Change, ...]:
    changes: list[Change] = []
    for section in sections:
        old = before[section]
        new = after[section]
        for rid in sorted(set(old) | set(new)):
            if rid not in new:
                changes.append(Change(section, rid, "removed"))
            elif rid not in old:
                changes.append(Change(section, rid, "added"))
            elif old[rid] is not new[rid]:  # the very same record differs in nothing
                a, b = _record_data(old[rid]), _record_data(new[rid])
                fields = tuple(
                    change
                    for name in sorted(set(a) | set(b))
                    if name not in ignored
                    for change in _field_changes(name, a.get(name), b.get(name))
                )
                if fields:
                    changes.append(Change(section, rid, "changed", fields))
    return tuple(changes)


def _field_changes(path: str, before: Any, after: Any) -> Iterator[FieldChange]:
    """The values that differ under a field, each by its path: a mapping's by its keys
    (``points.counterfeit``, ``takedown_rate.comparison``), a list of records of the same
    length by position (``place_rules[0].confidence``); any other value, a list of plain
    values or a part only one side has, is one value (``accepted: ['CN'] -> ['CN', 'US']``)."""
    if before == after:
        return
    if isinstance(before, dict) and isinstance(after, dict):
        for key in sorted(set(before) | set(after)):
            yield from _field_changes(f"{path}.{key}", before.get(key), after.get(key))
    elif (
        isinstance(before, list)
        and isinstance(after, list)
        and len(before) == len(after)
        and any(isinstance(x, dict) for x in before + after)
    ):
        for i, (x, y) in enumerate(zip(before, after, strict=True)):
            yield from _field_changes(f"{path}[{i}]", x, y)
    else:
        yield FieldChange(path, before, after)
