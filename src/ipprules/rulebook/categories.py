"""The values a categorical column of a result's frame can take, from the embedded rule book.

A ``to_frame()`` declares each ``category`` column with every value it can take, not the
values its rows hold, so ``pd.concat`` of the frames of two calls keeps it ``category``.

>>> interpretations()
('brief', 'official', 'brief-at-least-100')
>>> book_ids("platforms")[:3]
('taobao', 'tmall', 'tmall_global')
"""

from __future__ import annotations

import functools

__all__ = ["book_ids", "interpretations"]


def book_ids(section: str) -> tuple[str, ...]:
    """The ids of a section of the embedded rule book, every date, in the book's order."""
    from ipprules._args import require_str

    return _book_ids(require_str(section, "section"))


@functools.cache
def _book_ids(section: str) -> tuple[str, ...]:
    from ipprules.rulebook import default_rulebook

    return tuple(dict.fromkeys(r.id for r in default_rulebook().records(section)))


@functools.cache
def interpretations() -> tuple[str, ...]:
    """The embedded rule book's interpretations (the ``interpretation`` categories)."""
    from ipprules.rulebook import default_rulebook

    return default_rulebook().interpretations
