"""pen16: the standing at a bounded cost. The readings of the rule book share one computation
of the cases, closure and figures where their rows, penalty record and dates are the same, and
identical id-less rows are found by a field tuple; the answers are the same as computing every
reading on its own (differential) and as the old identical-rows check (a copy kept here)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules._convert import shown_value
from ipprules.penalties import Violation, penalty_standing
from ipprules.penalties import standing as standing_module

_START = date(2014, 1, 1)  # before AliExpress's penalty rules begin (2015): early rows too
_KINDS = ("counterfeit", "piracy", "general", "content", "patent", "registered_design")
_PLATFORMS = ("aliexpress", "alibaba_com", "taobao", "lazada_sg", "1688", "tmall")

_ROWS = st.lists(
    st.tuples(
        st.integers(0, 4000),
        st.sampled_from(_KINDS),
        st.sampled_from([None, None, "xianyu", "taobao", "alibaba_com", "aliexpress"]),
        st.sampled_from([None, None, "TM-1", "TM-2"]),
        st.sampled_from([None, None, "a", "b", "c"]),
    ),
    max_size=16,
)


def _violations(rows: list[tuple[int, str, str | None, str | None, str | None]]) -> list[Violation]:
    out, ids = [], set()
    for day, kind, where, right, ident in rows:
        ident = None if ident in ids else ident  # ids are unique in a valid history
        ids.add(ident)
        out.append(
            Violation(
                on=_START + timedelta(days=day), kind=kind, platform=where, right=right, id=ident
            )
        )
    return out


@contextmanager
def _each_reading_on_its_own() -> Iterator[None]:
    """Every reading computed on its own, as before pen16 (nothing reused)."""
    saved = standing_module._Shared.reuse
    standing_module._Shared.reuse = False
    try:
        yield
    finally:
        standing_module._Shared.reuse = saved


@given(
    rows=_ROWS,
    repeat=st.integers(0, 3),
    platform=st.sampled_from(_PLATFORMS),
    after=st.integers(0, 2400),
)
@example(
    rows=[(400, "counterfeit", None, None, None)] * 3, repeat=0, platform="aliexpress", after=500
)
@example(
    rows=[(10, "counterfeit", "xianyu", "TM-1", None)] * 4, repeat=2, platform="taobao", after=900
)
@settings(max_examples=50, deadline=None, derandomize=True)
def test_shared_readings_answer_as_each_reading_on_its_own(
    rows: list[tuple[int, str, str | None, str | None, str | None]],
    repeat: int,
    platform: str,
    after: int,
) -> None:
    """The whole answer (figures, other readings' answers, notes, rows left out) is the same
    whether the readings share their per-row work or each computes it."""
    violations = _violations(rows)
    violations += [v for v in violations[:repeat] if v.id is None]  # a file appended twice
    as_of = date(2019, 6, 1) + timedelta(days=after)  # every platform of _PLATFORMS in force
    shared = penalty_standing(violations, platform, as_of).to_dict()
    with _each_reading_on_its_own():
        alone = penalty_standing(violations, platform, as_of).to_dict()
    assert shared == alone


def test_the_readings_of_one_record_compute_the_cases_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """AliExpress has one penalty record under all three readings (R85): its cases are built
    once, not once per reading, and the answer is the one computed reading by reading."""
    calls: list[int] = []
    real = standing_module._cases

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(standing_module, "_cases", counted)
    day = date(2024, 3, 1)
    v = [Violation(on=day + timedelta(days=4 * i), kind="counterfeit") for i in range(3)]
    found = penalty_standing(v, "aliexpress", "2024-06-01")
    assert len(calls) == 1
    assert found.closed.value == "yes" and found.closed_on == date(2024, 3, 9)
    with _each_reading_on_its_own():
        calls.clear()
        alone = penalty_standing(v, "aliexpress", "2024-06-01")
    assert len(calls) == 3  # each of the three readings: the sharing is what saved two
    assert alone.to_dict() == found.to_dict()


def _old_identical_groups(items: list[Violation]) -> list[tuple[str, str, str, str, int]]:
    """The repeated id-less rows as found before pen16 (rows hashed as Violations)."""
    seen: dict[Violation, int] = {}
    for v in items:
        if v.id is None:
            seen[v] = seen.get(v, 0) + 1
    return sorted(
        (v.on.isoformat(), v.kind.value, shown_value(v.platform, 30), shown_value(v.right, 30), n)
        for v, n in seen.items()
        if n > 1
    )


@given(
    rows=st.lists(
        st.tuples(
            st.integers(0, 3),
            st.sampled_from(("counterfeit", "general")),
            st.sampled_from([None, "taobao"]),
            st.sampled_from([None, 1, 2]),
            st.sampled_from([None, "TM-1"]),
            st.sampled_from([None, None, "x"]),
        ),
        max_size=20,
    )
)
@settings(max_examples=50, deadline=None, derandomize=True)
def test_identical_rows_note_is_the_old_one(
    rows: list[tuple[int, str, str | None, int | None, str | None, str | None]],
) -> None:
    """Rows that differ only in points, platform, right or id are not identical; the note
    names the rows, counts and order that hashing whole Violations gave."""
    items = [
        Violation(on=_START + timedelta(days=d), kind=k, platform=w, points=p, right=r, id=i)
        for d, k, w, p, r, i in rows
    ]
    groups = _old_identical_groups(items)
    assert standing_module._identical_groups(items) == groups
    note = standing_module._identical_rows(items)
    assert bool(note) == bool(groups)
    if groups:
        assert note[0].startswith(f"{sum(n - 1 for *_, n in groups)} row(s) without an id")


def _old_in_force(on: date, day: date, validity: int | None) -> str:
    """A case's standing on ``day`` as classified case by case before pen16."""
    if on > day:
        return "no"
    if validity is not None:
        return "yes" if (day - on).days < validity else "no"
    return "yes" if on == day else "maybe"


@given(
    offsets=st.lists(st.integers(0, 800), max_size=12),
    day=st.integers(0, 800),
    validity=st.one_of(st.none(), st.integers(1, 36525)),
    first=st.sampled_from([date(1900, 1, 1), date(2020, 1, 1)]),
)
@settings(max_examples=50, deadline=None, derandomize=True)
def test_cases_in_force_are_those_classified_one_by_one(
    offsets: list[int], day: int, validity: int | None, first: date
) -> None:
    """The cases surely and maybe in force on a day (two date bounds per day) are those the
    old per-case classification gave, in order, also where ``day - validity`` falls before
    the first date a violation may have (1900, with a validity of up to 100 years)."""
    from ipprules.penalties.rules import Case, _in_force

    cases = [
        Case(i, Violation(on=first + timedelta(days=o), kind="general"), 0, 1, False)
        for i, o in enumerate(offsets)
    ]
    on = first + timedelta(days=day)
    sure, maybe = _in_force(cases, on, validity)
    old = [_old_in_force(c.violation.on, on, validity) for c in cases]
    assert sure == [c for c, s in zip(cases, old, strict=True) if s == "yes"]
    assert maybe == [c for c, s in zip(cases, old, strict=True) if s != "no"]
