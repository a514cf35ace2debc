"""Hostile calls to the public API changed on 6-7 Dec 2026 (sweep apifuzz9): what a rule
book's resolved view returns cannot be changed by its caller (the embedded book is shared by
every caller), ... Only ``TypeError`` or an :class:`~ipprules.errors.IpprulesError` may
escape; each test below failed before its fix.
"""

from __future__ import annotations

import copy
import datetime as dt
import pickle

import pytest

from ipprules import default_rulebook


def test_penalty_points_of_a_view_are_read_only() -> None:
    """A view's penalty record's ``points`` was a plain dict shared by every view of the
    embedded book: a caller setting one changed every later answer, any date."""
    book = default_rulebook()
    points = book.as_of(dt.date(2024, 1, 1)).penalties["lazada_sg"].points
    before = dict(points)
    with pytest.raises(TypeError, match="read-only"):
        points["counterfeit"] = 999
    for change in (points.clear, lambda: points.update(x=1), lambda: points.pop("content")):
        with pytest.raises(TypeError, match="read-only"):
            change()
    with pytest.raises(TypeError, match="read-only"):
        del points["content"]
    assert default_rulebook().as_of(dt.date(2025, 6, 1)).penalties["lazada_sg"].points == before
    record = book.as_of(dt.date(2024, 1, 1)).penalties["lazada_sg"]
    assert pickle.loads(pickle.dumps(record)) == record == copy.deepcopy(record)
    assert hash(pickle.loads(pickle.dumps(record))) == hash(record)


def test_rule_sources_of_the_shared_book_are_read_only() -> None:
    """``view.book.data.rule_sources`` (what ``RuleBook.rule_sources`` and the evidence
    checks read) was a plain dict of the shared book."""
    book = default_rulebook().as_of(dt.date(2024, 1, 1)).book
    named = book.data.rule_sources
    rule = next(iter(named))
    before = book.rule_sources(rule)
    with pytest.raises(TypeError, match="read-only"):
        named[rule] = ("S999",)
    with pytest.raises(TypeError, match="read-only"):
        named.clear()
    assert default_rulebook().rule_sources(rule) == before
