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
from itertools import count

import attrs

from ipprules.listings.model import Duplicate, Listing, Rejection
from ipprules.listings.parser import parse_listing

__all__ = ["Outcome", "Summary", "dedupe", "duplicate_groups", "parse_listings", "summarize"]

#: What one input became.
Outcome = Listing | Duplicate | Rejection


def parse_listings(texts: Iterable[str]) -> Iterator[tuple[int, Listing | Rejection]]:
    """Parse every input lazily, in order: yields ``(position, listing or rejection)``.

    Positions count from 0 over the inputs as given; nothing is skipped or merged (pipe the
    result through :func:`dedupe` for that).

    >>> [(i, type(r).__name__) for i, r in parse_listings(["https://m.tb.cn/h.4CEhFr0", ""])]
    [(0, 'Rejection'), (1, 'Rejection')]
    """
    return zip(count(), map(parse_listing, texts))


def dedupe(
    results: Iterable[tuple[int, Outcome]], *, use_derived: bool = False
) -> Iterator[tuple[int, Outcome]]:
    """Mark every listing whose identity was seen before as a :class:`Duplicate` of the first.

    Streams in input order; rejections and earlier duplicates pass through unchanged, so
    de-duplicating twice changes nothing. ``use_derived=True`` also merges AliExpress ids
    that differ by 2**51 (an unverified inference, see :attr:`Listing.derived_identity`).
    """
    seen: dict[str, int] = {}
    first_seen = seen.setdefault
    for item in results:
        result = item[1]
        if type(result) is Listing:
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
        yield item


def duplicate_groups(results: Iterable[tuple[int, Outcome]]) -> dict[str, list[int]]:
    """Identity -> positions of the inputs that collapsed into it (first one first), for every
    identity that more than one input had."""
    groups: dict[str, list[int]] = {}
    for position, result in results:
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


def summarize(results: Iterable[tuple[int, Outcome]]) -> Summary:
    """Count what every input became."""
    total = parsed = duplicates = 0
    rejected: dict[str, int] = {}
    for _, result in results:
        total += 1
        if type(result) is Listing:
            parsed += 1
        elif isinstance(result, Duplicate):
            duplicates += 1
        elif isinstance(result, Rejection):
            rejected[result.code] = rejected.get(result.code, 0) + 1
    return Summary(total, parsed, duplicates, dict(sorted(rejected.items())))
