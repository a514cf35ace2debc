"""Bulk parsing and de-duplication: streams, input order, every input accounted for.

>>> results = list(dedupe(parse_listings([
...     "https://www.aliexpress.com/item/1005004878609097.html",
...     "https://es.aliexpress.com/item/1005004878609097.html?spm=x",
...     "not a url",
... ])))
>>> summarize(results)
Summary(total=3, parsed=1, duplicates=1, rejected={'not-a-url': 1})
>>> duplicate_groups(results)
{'aliexpress-item:1005004878609097': [0, 1]}
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain, count
from typing import Any

import attrs

from ipprules.listings.model import Duplicate, Listing, Rejection
from ipprules.listings.parser import parse_listing

__all__ = ["Outcome", "Summary", "dedupe", "duplicate_groups", "parse_listings", "summarize"]

#: What one input became.
Outcome = Listing | Duplicate | Rejection
_OUTCOMES = (Listing, Duplicate, Rejection)
_PASSING = frozenset({Duplicate, Rejection})


def parse_listings(texts: Iterable[str]) -> Iterator[tuple[int, Listing | Rejection]]:
    """Parse every input lazily, in order: yields ``(position, listing or rejection)``.

    Positions count from 0 over the inputs as given; nothing is skipped or merged (pipe the
    result through :func:`dedupe` for that).

    >>> [(i, type(r).__name__) for i, r in parse_listings(["https://m.tb.cn/h.4CEhFr0", ""])]
    [(0, 'Rejection'), (1, 'Rejection')]
    """
    if isinstance(texts, str | bytes):
        raise TypeError(
            f"parse_listings(): texts must be an iterable of strings, not a single "
            f"{type(texts).__name__} (wrap one URL in a list)"
        )
    try:
        iterator = iter(texts)
    except TypeError:
        raise TypeError(
            f"parse_listings(): texts must be an iterable of strings, got {type(texts).__name__}"
        ) from None
    return zip(count(), map(parse_listing, iterator))


def dedupe(
    results: Iterable[tuple[int, Outcome]] | Iterable[str], *, use_derived: bool = False
) -> Iterator[tuple[int, Outcome]]:
    """Mark every listing whose identity was seen before as a :class:`Duplicate` of the first.

    Streams in input order; rejections and earlier duplicates pass through unchanged, so
    de-duplicating twice changes nothing. ``use_derived=True`` also merges AliExpress ids
    that differ by 2**51 (an unverified inference, see :attr:`Listing.derived_identity`).
    ``results`` are the ``(position, result)`` pairs of :func:`parse_listings`, or any
    iterable of strings (parsed first).

    >>> [type(r).__name__ for _, r in dedupe(["https://item.taobao.com/item.htm?id=606832683299",
    ...                                       "item.taobao.com/item.htm?id=606832683299"])]
    ['Listing', 'Duplicate']
    """
    items = _pairs(results, "dedupe", "results")
    return _dedupe(items, use_derived)


def _dedupe(items: Iterator[Any], use_derived: bool) -> Iterator[tuple[int, Outcome]]:
    seen: dict[str, int] = {}
    first_seen = seen.setdefault
    for item in items:
        try:
            result = item[1]
            if type(result) is Listing and len(item) == 2:
                # Listing.identity, inlined: this runs once per input
                parts = result[0].identity_parts
                key = parts[0] + result[1] + parts[1] if parts is not None else result.identity
                if use_derived:
                    key = result.derived_identity or key
                position = item[0]
                first = first_seen(key, position)
                if first != position:
                    yield position, Duplicate(result, first, key)
                    continue
            elif type(item) is not tuple or len(item) != 2 or type(result) not in _PASSING:
                raise TypeError
        except (TypeError, IndexError, KeyError):
            raise TypeError(_bad_item("dedupe", "results", item)) from None
        yield item


def _pairs(results: object, function: str, name: str) -> Iterator[tuple[int, Outcome]]:
    """``results`` checked: an iterable (not a string) of ``(position, result)`` pairs, or of
    strings (parsed here). The check of each pair is made as it streams past."""
    if isinstance(results, str | bytes):
        raise TypeError(
            f"{function}(): {name} must be an iterable of (position, result) pairs or of "
            f"strings, not a single {type(results).__name__}"
        )
    try:
        iterator: Iterator[Any] = iter(results)  # type: ignore[call-overload]
    except TypeError:
        raise TypeError(
            f"{function}(): {name} must be an iterable, got {type(results).__name__}"
        ) from None
    for first in iterator:
        if isinstance(first, str):
            return iter(parse_listings(chain((first,), iterator)))
        items: Iterator[Any] = chain((first,), iterator)
        return items if function == "dedupe" else _checked(items, function, name)
    return iterator


def _checked(items: Iterator[object], function: str, name: str) -> Iterator[tuple[int, Outcome]]:
    for item in items:
        if (
            type(item) is not tuple
            or len(item) != 2
            or type(item[0]) is not int
            or not isinstance(item[1], _OUTCOMES)
        ):
            raise TypeError(_bad_item(function, name, item))
        yield item


def _bad_item(function: str, name: str, item: object) -> str:
    text = repr(item)
    shown = f"{type(item).__name__} {text[:60]}{'...' if len(text) > 60 else ''}"
    return (
        f"{function}(): every item of {name} must be a (position, result) pair from "
        f"parse_listings(), or a string; got {shown}"
    )


def duplicate_groups(
    results: Iterable[tuple[int, Outcome]] | Iterable[str],
) -> dict[str, list[int]]:
    """Identity -> positions of the inputs that collapsed into it (first one first), for every
    identity that more than one input had."""
    groups: dict[str, list[int]] = {}
    for position, result in _pairs(results, "duplicate_groups", "results"):
        if isinstance(result, Duplicate):
            groups.setdefault(result.key, [result.first]).append(position)
    return groups


@attrs.frozen
class Summary:
    """Counts over a run: parsed listings, duplicates, and rejections by code."""

    total: int
    parsed: int
    duplicates: int
    rejected: dict[str, int]

    def line(self) -> str:
        """One line for humans.

        >>> Summary(5, 3, 1, {"short-link": 1}).line()
        '5 inputs: 3 parsed, 1 duplicates, 1 rejected (short-link 1)'
        """
        rejected = sum(self.rejected.values())
        reasons = ", ".join(f"{code} {n}" for code, n in sorted(self.rejected.items()))
        return (
            f"{self.total} inputs: {self.parsed} parsed, {self.duplicates} duplicates, "
            f"{rejected} rejected" + (f" ({reasons})" if reasons else "")
        )


def summarize(results: Iterable[tuple[int, Outcome]] | Iterable[str]) -> Summary:
    """Count what every input became."""
    total = parsed = duplicates = 0
    rejected: dict[str, int] = {}
    for _, result in _pairs(results, "summarize", "results"):
        total += 1
        if type(result) is Listing:
            parsed += 1
        elif isinstance(result, Duplicate):
            duplicates += 1
        elif isinstance(result, Rejection):
            rejected[result.code] = rejected.get(result.code, 0) + 1
    return Summary(total, parsed, duplicates, dict(sorted(rejected.items())))
