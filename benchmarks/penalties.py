"""Penalties benchmark: ``penalty_standing`` rows/s beside a hand-written loop, same run.

    python benchmarks/penalties.py                       # 10,000 and 100,000 violations
    python benchmarks/penalties.py --n 10000 --rounds 5

N violations spread over ``--years`` years (default 5), each its own :class:`Violation`
(built before the clock), on AliExpress (validity 365 days, 3-day merging, closure at 3
serious strikes, R85), in two mixes:

* ``mixed``: one in three a counterfeit or piracy case, the rest general cases of 1-6
  points: the account closes early in the history (the walk stops at the closure day);
* ``general``: general cases only: nothing can close the account, so every figure is
  computed over the whole history and no closure day cuts the walk short.

The baseline is a hand-written loop over the same violations: sort by date, then one pass
with a sliding 365-day window counting strikes (serious cases 3 days apart or more), noting
the first day 3 strikes are in force, and summing the points in force on the last day: the
floor for any per-row Python computation of the same closure. ``penalty_standing`` does more (ranges, every other reading
of the rule book: three readings, which share the per-row work where their penalty record
is the same; checks, notes, the identical-row note), so read the ratio, not only the rate. The library and the baseline run interleaved,
round by round; the median wall time and CPU time of the rounds (>= 3) are printed. No
target is stated for penalties in product.md: the figures are reported, not judged.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from collections import deque
from collections.abc import Callable
from datetime import date, timedelta

from ipprules.penalties import Violation, penalty_standing

_START = date(2019, 1, 1)


def _violations(n: int, years: int, mix: str, seed: int = 15) -> list[Violation]:
    """``n`` violations in date order over ``years`` years (file order: a history export)."""
    rng = random.Random(seed)
    span = 365 * years
    days = sorted(rng.randrange(span) for _ in range(n))
    out = []
    for day in days:
        serious = mix == "mixed" and rng.random() < 1 / 3
        kind = rng.choice(("counterfeit", "piracy")) if serious else "general"
        points = None if serious else rng.randint(1, 6)
        out.append(Violation(on=_START + timedelta(days=day), kind=kind, points=points))
    return out


def _baseline(violations: list[Violation], as_of: date) -> tuple[int, int, date | None]:
    """Strikes and points in force on ``as_of`` and the closure day (the first day 3 strikes
    are in force), by hand: one pass over every row, no early exit."""
    rows = sorted(violations, key=lambda v: v.on)
    window: deque[date] = deque()  # the strikes' first days, in force
    last_strike: date | None = None
    closed_on: date | None = None
    points = 0
    for v in rows:
        if v.on > as_of:
            continue
        if (as_of - v.on).days < 365 and v.points is not None:
            points += v.points
        if v.kind.value not in ("counterfeit", "piracy"):
            continue
        while window and (v.on - window[0]).days >= 365:
            window.popleft()
        if last_strike is None or (v.on - last_strike).days >= 3:
            last_strike = v.on
            window.append(v.on)
            if len(window) >= 3 and closed_on is None:
                closed_on = v.on
    while window and (as_of - window[0]).days >= 365:
        window.popleft()
    return len(window), points, closed_on


def _time(run: Callable[[], object]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return time.perf_counter() - wall, time.process_time() - cpu


def _measure(n: int, years: int, mix: str, rounds: int) -> None:
    violations = _violations(n, years, mix)
    as_of = violations[-1].on
    found = penalty_standing(violations, "aliexpress", as_of)
    _, _, closed_on = _baseline(violations, as_of)
    if found.closed_on != closed_on:  # the two must compute the same closure to compare
        raise SystemExit(f"the baseline's closure day {closed_on} is not {found.closed_on}")
    runs: dict[str, list[tuple[float, float]]] = {"library": [], "baseline": []}
    jobs: dict[str, Callable[[], object]] = {
        "library": lambda: penalty_standing(violations, "aliexpress", as_of),
        "baseline": lambda: _baseline(violations, as_of),
    }
    for r in range(rounds):
        order = list(jobs) if r % 2 == 0 else list(jobs)[::-1]  # interleaved, order rotated
        for name in order:
            runs[name].append(_time(jobs[name]))
    wall = {k: statistics.median(w for w, _ in v) for k, v in runs.items()}
    cpu = {k: statistics.median(c for _, c in v) for k, v in runs.items()}
    print(
        f"{n:>9,} violations over {years} years, {mix:<8} "
        f"library {n / wall['library']:>10,.0f} rows/s ({n / cpu['library']:,.0f} by CPU) "
        f"(median {wall['library'] * 1000:.1f} ms wall, {cpu['library'] * 1000:.1f} ms CPU); "
        f"baseline {n / wall['baseline']:>10,.0f} rows/s ({n / cpu['baseline']:,.0f} by CPU) "
        f"({wall['baseline'] * 1000:.1f} ms, {cpu['baseline'] * 1000:.1f} ms CPU); "
        f"library {wall['baseline'] / wall['library']:.3f}x baseline "
        f"({cpu['baseline'] / cpu['library']:.3f}x by CPU); "
        f"closed {found.closed.value}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--n", type=int, action="append", help="violations (repeatable; default 10000 and 100000)"
    )
    parser.add_argument(
        "--years", type=int, default=5, help="years the violations spread over (default 5)"
    )
    parser.add_argument(
        "--rounds", type=int, default=3, help="interleaved rounds, the median printed (>= 3)"
    )
    args = parser.parse_args()
    if args.rounds < 3:
        parser.error("--rounds must be at least 3 (the median of 3 or more rounds)")
    if args.years < 1:
        parser.error("--years must be at least 1")
    for n in args.n or [10_000, 100_000]:
        for mix in ("mixed", "general"):
            _measure(n, args.years, mix, args.rounds)


if __name__ == "__main__":
    main()
