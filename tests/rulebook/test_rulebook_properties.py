"""Hypothesis: resolution is constant inside an interval; user files round-trip."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules import default_rulebook
from ipprules._convert import structure, unstructure
from ipprules.rulebook.loader import RuleBookOverride
from ipprules.rulebook.model import (
    Answer,
    Confidence,
    Platform,
    ReasonCode,
    Severity,
    Source,
    Target,
)

BOOK = default_rulebook()
CHANGES = BOOK.change_dates()
END = dt.date(2030, 12, 31)


@st.composite
def two_days_in_one_interval(draw: st.DrawFn) -> tuple[dt.date, dt.date]:
    i = draw(st.integers(0, len(CHANGES) - 1))
    start = CHANGES[i]
    stop = CHANGES[i + 1] - dt.timedelta(days=1) if i + 1 < len(CHANGES) else END
    a = draw(st.dates(start, stop))
    b = draw(st.dates(start, stop))
    return a, b


@settings(max_examples=150, deadline=None)
@given(two_days_in_one_interval(), st.sampled_from(BOOK.interpretations), st.booleans())
def test_resolution_is_constant_inside_an_interval(days, interp, trial):
    a, b = days
    assert BOOK.as_of(a, interp, trial=trial) == BOOK.as_of(b, interp, trial=trial)


ids = st.from_regex(r"[a-z][a-z0-9_]{0,12}", fullmatch=True)
text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)
dates = st.dates(dt.date(2015, 1, 6), dt.date(2030, 1, 1))


@st.composite
def platforms(draw: st.DrawFn) -> Platform:
    start = draw(dates)
    return Platform(
        id=draw(ids),
        name=draw(text),
        group=draw(st.sampled_from(["tao", "lazada"])),
        country=draw(st.none() | st.sampled_from(["CN", "SG"])),
        storefront_complaints=draw(st.sampled_from(Answer)),
        effective_from=start,
        effective_until=draw(st.none() | st.just(start + dt.timedelta(days=30))),
        sources=("MINE",),
        confidence=Confidence.USER,
        note=draw(text),
    )


@st.composite
def reason_codes(draw: st.DrawFn) -> ReasonCode:
    return ReasonCode(
        id=draw(ids),
        label=draw(text),
        description=draw(text),
        ipr_type="trademark",
        platforms=tuple(
            draw(
                st.lists(
                    st.sampled_from(["taobao", "aliexpress"]), min_size=1, max_size=2, unique=True
                )
            )
        ),
        targets=tuple(draw(st.lists(st.sampled_from(Target), min_size=1, max_size=2, unique=True))),
        severity=draw(st.sampled_from(Severity)),
        good_faith_only=draw(st.booleans()),
        effective_from=draw(dates),
        sources=("MINE",),
        confidence=Confidence.USER,
        facts=("counterfeit_product",),
    )


@settings(max_examples=80, deadline=None)
@given(
    st.lists(platforms(), max_size=3),
    st.lists(reason_codes(), max_size=3),
    st.lists(st.sampled_from(["reason_codes", "penalties"]), max_size=2, unique=True),
)
def test_override_files_round_trip(plats, codes, replace):
    override = RuleBookOverride(
        name="mine",
        replace=tuple(replace),
        sources=(Source(id="MINE", title="my account", kind=Confidence.USER),),
        platforms=tuple(plats),
        reason_codes=tuple(codes),
    )
    as_json = json.dumps(unstructure(override))
    assert structure(json.loads(as_json), RuleBookOverride) == override


def test_a_books_hash_does_not_walk_its_records() -> None:
    """The lifecycle's caches are keyed by the book: its hash must not hash every record
    (about 1 ms a call), yet equal books hash equal and unequal ones stay unequal."""
    import attrs
    import pytest

    from ipprules.rulebook.book import RuleBook
    from ipprules.rulebook.model import RuleBookData

    book = default_rulebook()
    mp = pytest.MonkeyPatch()
    try:
        mp.setattr(RuleBookData, "__hash__", lambda self: pytest.fail("hashed the records"))
        first = hash(book)
    finally:
        mp.undo()
    same = RuleBook(attrs.evolve(book.data), book.origins)
    other = RuleBook(attrs.evolve(book.data, platforms=()), book.origins)  # no platforms
    assert hash(same) == first and same == book
    assert other != book and {book: 1, other: 2} == {same: 1, other: 2}
