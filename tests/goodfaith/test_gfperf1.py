"""gfperf1: the other readings' figures (gfnote1) at less cost, with the same answers.

The projection of a path to qualify (when failures leave the window, when the rates turn)
sums each reason code's window only where the version tests codes and the account's own
rates pass; and another reading's path to qualify is worked out only where this standing
says one (not where an abuse finding bars admission for good, B21).
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

import ipprules
import ipprules.goodfaith.standing  # the module, not the function it exports
from ipprules.goodfaith.engine import window_start
from ipprules.goodfaith.history import AccountEvent, EventKind, History

AS_OF = dt.date(2023, 12, 31)
CODES = ("tm_counterfeit", "tm_misuse", "cr_copied_content")
sm = sys.modules["ipprules.goodfaith.standing"]
DEC = [AccountEvent(date=dt.date(2021, 1, 4), kind=EventKind.DECLARATION)]


def _eager_projection(
    counts: object,
    rules: object,
    day: dt.date,
    resolver: object,
    platforms: Sequence[str] | None,
    passing: bool,
) -> tuple[dt.date | None, dt.date | None]:
    """``_projection``, checked against the day the rates turn as it was found before
    gfperf1 (every reason code's window summed on every candidate day)."""
    real = sm._rates_pass
    hi = day.toordinal()
    out = sm._projection(counts, rules, day, resolver, platforms, passing)  # type: ignore[arg-type]
    # the reference: the first candidate day on which the full test (every code summed) turns
    later = [c for c in resolver.changes if c > hi]  # type: ignore[attr-defined]
    versions = [rules, *(r for r in (resolver.at(c, strict=False) for c in later) if r)]  # type: ignore[attr-defined]
    months = {r.criteria.window_months for r in versions}  # type: ignore[attr-defined]
    lo = window_start(day, max(months)).toordinal()
    filed = {
        d
        for key in counts.keys(sm._all_platforms(versions, platforms))  # type: ignore[attr-defined]
        for d in counts.slots[key]  # type: ignore[attr-defined]
        if lo < d <= hi
    }
    found = {sm._first_day_out(dt.date.fromordinal(d), m) for d in filed for m in months}
    candidates = sorted(c for c in found | {dt.date.fromordinal(c) for c in later} if c > day)
    turn = None
    for c in candidates:
        r = resolver.at(c.toordinal(), strict=False) or rules  # type: ignore[attr-defined]
        whole, per_code = counts.merged(r.scope(platforms))  # type: ignore[attr-defined]
        w_lo = window_start(c, r.criteria.window_months).toordinal()
        codes = {str(i): s.window(w_lo, hi) for i, s in enumerate(per_code)}
        if real(r, whole.window(w_lo, hi), codes) is not passing:
            turn = c
            break
    assert out[1] == turn
    return out


rows = st.lists(
    st.tuples(
        st.integers(0, 120),  # days before AS_OF
        st.sampled_from(("taobao", "tmall")),
        st.sampled_from(CODES),
        st.integers(1, 30),  # taken down
        st.integers(0, 6),  # rejected
        st.integers(0, 1),  # reinstated
    ),
    min_size=1,
    max_size=40,
)


@settings(max_examples=15, deadline=None)
@given(rows, st.sampled_from(["brief", "official", "brief-at-least-100"]))
def test_projection_same_as_every_code_summed(given_rows: list, name: str) -> None:
    """The account's rates tested first: the day the rates turn is the same as with every
    reason code's window summed on every candidate day."""
    records = [
        (AS_OF.toordinal() - ago, p, c, td, rj, 0, 0, min(ri, td))
        for ago, p, c, td, rj, ri in given_rows
    ]
    history = History.from_rows(records, DEC)
    resolver = sm.resolve(None, name, False, ())
    rules = resolver.at(AS_OF.toordinal())
    assert rules is not None
    for passing in (False, True):
        _eager_projection(history.counts, rules, AS_OF, resolver, None, passing)


def test_failing_account_sums_no_code() -> None:
    """examples/history.csv on 2023-03-31 fails the account's takedown rate under every
    reading: projecting when it passes sums no reason code's window on a day the account's
    rates fail (before: every code's, every candidate day, every reading); the answer is
    gfnote1's."""
    history = ipprules.History.from_file("examples/history.csv")
    wasted: list[dt.date | None] = []
    real = sm._rates_pass

    def spy(rules: object, total: object, by_code: object) -> bool:
        projecting = sys._getframe(1).f_code.co_name == "_projection"
        if projecting and by_code and not real(rules, total, {}):  # type: ignore[arg-type]
            wasted.append(None)
        return real(rules, total, by_code)  # type: ignore[arg-type]

    sm._rates_pass = spy  # type: ignore[assignment]
    try:
        found = ipprules.standing(history, "2023-03-31")
    finally:
        sm._rates_pass = real
    assert not found.qualifies
    assert wasted == []
    assert (
        "to qualify differs under official: 2314 more successful takedown(s) there, 2385 here"
        in found.notes
    )


def test_barred_for_good_works_out_no_other_path(monkeypatch: object) -> None:
    """Under the brief an abuse finding bars admission for good (B21): the standing says no
    path to qualify, so no other reading's path is worked out to compare with it (before:
    each other reading's projection was computed and thrown away); the answer is unchanged."""
    records = [(AS_OF.toordinal() - d, "taobao", "tm_misuse", 20, 0, 0, 0, 0) for d in range(60)]
    abuse = AccountEvent(date=dt.date(2023, 11, 1), kind=EventKind.ABUSE)
    history = History.from_rows(records, [*DEC, abuse])
    calls: list[str] = []
    real = sm._path_to_qualify

    def spy(*args: object) -> object:
        calls.append(str(args[-1]))
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(sm, "_path_to_qualify", spy)  # type: ignore[attr-defined]
    found = ipprules.standing(history, AS_OF)
    assert not found.qualifies
    assert found.path.barred
    assert found.path.successes is None
    assert calls == ["brief"]
