"""Good Faith benchmarks: standing, timeline and CSV streaming over N outcome records.

    python benchmarks/good_faith.py            # N = 10,000,000
    python benchmarks/good_faith.py --n 200000 # a quick run

Targets (docs/design): standing >= 5,000,000 records/s and >= 0.5x a hand-written
single-pass loop over the same tuples; a 3-year daily timeline over 10M records in
<= 5 s; streaming 10M CSV rows with peak memory <= 200 MB. Prints medians.

Peak memory is measured honestly: the CSV is written and read first, before any big
data is built, each read in a fresh interpreter (``subprocess``) that reports its own
high-water mark (``VmHWM`` of ``/proc/self/status``, which starts afresh at ``exec``;
``ru_maxrss`` is printed beside it) and the same figure of a bare interpreter that only
imports ``ipprules.goodfaith``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from typing import Any

from ipprules.goodfaith import History, engine, standing, timeline
from ipprules.goodfaith.engine import window_start

START = dt.date(2021, 1, 1)
DAYS = 3 * 365
CODES = ("tm_counterfeit", "tm_misuse", "cr_copied_content", "pat_design", "tm_misleading")
PLATFORMS = ("taobao", "tmall", "tmall_global")
VARIANTS = 64


Row = tuple[int, str, str, int, int, int, int, int]


def make_rows(n: int, first_day: dt.date = START, days: int = DAYS) -> list[Row]:
    """N rows over ``days`` days, sorted by day (references into a pool of distinct tuples)."""
    pool = _pool(first_day, days)
    return [pool[(i * days // n) * VARIANTS + i % VARIANTS] for i in range(n)]


def iter_make_rows(n: int, first_day: dt.date = START, days: int = DAYS) -> Iterator[Row]:
    """:func:`make_rows`, one at a time (for writing the CSV without holding N rows)."""
    pool = _pool(first_day, days)
    for i in range(n):
        yield pool[(i * days // n) * VARIANTS + i % VARIANTS]


def distinct_rows(n: int, first_day: dt.date, days: int) -> list[Row]:
    """N rows of which no two are equal (the worst case for a fold that tallies rows)."""
    first = first_day.toordinal()
    out = []
    for i in range(n):
        v = i % VARIANTS
        taken = 1 + i // (days * VARIANTS)
        out.append(
            (first + (i // VARIANTS) % days, PLATFORMS[v % 3], CODES[v % 5], taken, v, 0, 0, 0)
        )
    return out


def _pool(first_day: dt.date, days: int) -> list[Row]:
    first = first_day.toordinal()
    pool = []
    for k in range(days):
        for v in range(VARIANTS):
            listings = (1, 5, 10, 20, 50, 300)[(k + v) % 6]
            rejected = (v * 7 + k) % 3 if listings > 2 else 0
            pending = 1 if (k > days - 10 and listings > 3) else 0
            withdrawn = 1 if v % 17 == 0 and listings > 4 else 0
            taken = listings - rejected - pending - withdrawn
            reinstated = 1 if v % 23 == 0 and taken else 0
            pool.append(
                (
                    first + k,
                    PLATFORMS[v % 3],
                    CODES[v % 5],
                    taken,
                    rejected,
                    withdrawn,
                    pending,
                    reinstated,
                )
            )
    return pool


def hand_loop(rows: list[Any], lo: int, hi: int) -> dict[str, list[int]]:
    """The baseline: one pass, window sums per reason code (what the standing needs)."""
    acc: dict[str, list[int]] = {}
    for day, _platform, code, td, rj, wd, pd, ri in rows:
        if lo < day <= hi:
            a = acc.get(code)
            if a is None:
                a = acc[code] = [0, 0, 0, 0, 0, 0]
            a[0] += 1
            a[1] += td
            a[2] += rj
            a[3] += wd
            a[4] += pd
            a[5] += ri
    return acc


def median_time(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    times = []
    result: object = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), result


_CHILD = """
import resource, sys, time
from ipprules.goodfaith import iter_rows, History
t0 = time.perf_counter()
if sys.argv[2] == "rows":
    n = 0
    for _ in iter_rows(sys.argv[1]):
        n += 1
elif sys.argv[2] == "history":
    n = History.from_file(sys.argv[1]).complaints
else:
    n = 0  # the baseline: a bare interpreter that imported ipprules.goodfaith
elapsed = time.perf_counter() - t0
hwm = 0
with open("/proc/self/status") as f:
    for line in f:
        if line.startswith("VmHWM:"):
            hwm = int(line.split()[1])
print(n, elapsed, hwm, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def stream_csv(mode: str, path: str) -> tuple[int, float, float, float]:
    """``(rows, seconds, VmHWM MB, ru_maxrss MB)`` of reading ``path`` in a fresh interpreter."""
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, path, mode], capture_output=True, text=True, check=True
    )
    n, elapsed, hwm_kb, rss_kb = out.stdout.split()
    return int(n), float(elapsed), int(hwm_kb) / 1024, int(rss_kb) / 1024


def write_csv(path: str, n: int) -> None:
    with open(path, "w", encoding="utf-8") as f:
        f.write(
            "type,date,platform,reason_code,listings,taken_down,rejected,withdrawn,"
            "pending,reinstated\n"
        )
        cache: dict[int, str] = {}
        for day, platform, code, td, rj, wd, pd, ri in iter_make_rows(n):
            text = cache.get(day)
            if text is None:
                text = cache[day] = dt.date.fromordinal(day).isoformat()
            f.write(
                f"complaint,{text},{platform},{code},{td + rj + wd + pd},{td},{rj},{wd},{pd},{ri}\n"
            )


def csv_streaming(n: int) -> None:
    """Before any big data exists in this process: write the CSV, read it in fresh children."""
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "history.csv")
        t0 = time.perf_counter()
        write_csv(path, n)
        size = os.path.getsize(path) / 1e6
        print(
            f"CSV streaming ({size:,.0f} MB written in {time.perf_counter() - t0:.1f} s),"
            " each read in a fresh interpreter; peak = VmHWM (ru_maxrss beside it)"
        )
        _, _, base_hwm, base_rss = stream_csv("baseline", path)
        print(
            f"  bare interpreter + import     :                           "
            f"peak {base_hwm:7.1f} MB (ru_maxrss {base_rss:.1f})"
        )
        for mode in ("rows", "history"):
            count, elapsed, hwm, rss = stream_csv(mode, path)
            assert count == n, (count, n)
            label = "iter_rows (tuples)" if mode == "rows" else "History.from_file"
            print(
                f"  {label:<30}: {elapsed:8.3f} s  {n / elapsed / 1e6:6.2f} M rows/s"
                f"  peak {hwm:7.1f} MB (ru_maxrss {rss:.1f}; {hwm - base_hwm:+.1f} over bare)"
                " (target <= 200 MB)"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=10_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--skip-csv", action="store_true")
    parser.add_argument("--skip-distinct", action="store_true")
    args = parser.parse_args()
    n = args.n
    print(f"records: {n:,}; repeat {args.repeat} (medians); python {sys.version.split()[0]}")
    as_of = START + dt.timedelta(days=DAYS - 1)
    lo = window_start(as_of, 3).toordinal()
    rows = make_rows(n, dt.date.fromordinal(lo + 1), as_of.toordinal() - lo)

    if not args.skip_csv:
        csv_streaming(n)  # first: this process holds nothing big yet
    # standing: every record inside the 3-month window, so that both sides count all N
    rows = make_rows(n, dt.date.fromordinal(lo + 1), as_of.toordinal() - lo)

    t_loop, _ = median_time(lambda: hand_loop(rows, lo, as_of.toordinal()), args.repeat)
    t_fold, history = median_time(lambda: History.from_rows(rows), args.repeat)
    t_query, s = median_time(lambda: standing(history, as_of), args.repeat)  # type: ignore[arg-type]

    def end_to_end() -> object:
        return standing(History.from_rows(rows), as_of)

    t_total, _ = median_time(end_to_end, args.repeat)
    fold_rows = getattr(engine, "fold_rows", None)
    print("standing over N records (all inside the window as of the date)")
    print(f"  hand-written single-pass loop : {t_loop:8.3f} s  {n / t_loop / 1e6:6.2f} M records/s")
    print(f"  engine, fold rows -> History  : {t_fold:8.3f} s  {n / t_fold / 1e6:6.2f} M records/s")
    if fold_rows is not None:
        t_rows, _ = median_time(lambda: fold_rows(rows, {}, []), args.repeat)
        print(
            f"  (row-by-row fold, fold_rows)  : {t_rows:8.3f} s  {n / t_rows / 1e6:6.2f} M records/s"
        )
    print(f"  engine, standing on History   : {t_query:8.3f} s")
    print(
        f"  engine, end to end            : {t_total:8.3f} s  {n / t_total / 1e6:6.2f} M records/s"
        f"  ({t_loop / t_total:.2f}x the loop)"
    )
    print(f"  (check: as of {as_of}, takedown rate {s.criterion('takedown_rate').value})")  # type: ignore[attr-defined]
    if not args.skip_distinct:
        m = max(n // 5, 1)
        rows = distinct_rows(m, dt.date.fromordinal(lo + 1), as_of.toordinal() - lo)
        t_dloop, _ = median_time(lambda: hand_loop(rows, lo, as_of.toordinal()), args.repeat)
        t_dtotal, _ = median_time(end_to_end, args.repeat)
        print(f"worst case: {m:,} records, no two equal (nothing for the tally to merge)")
        print(
            f"  hand-written single-pass loop : {t_dloop:8.3f} s  {m / t_dloop / 1e6:6.2f} M records/s"
        )
        print(
            f"  engine, end to end            : {t_dtotal:8.3f} s  {m / t_dtotal / 1e6:6.2f} M"
            f" records/s  ({t_dloop / t_dtotal:.2f}x the loop)"
        )
    del rows, history

    rows = make_rows(n)  # the timeline: N records over 3 years
    history = History.from_rows(rows)

    def tl() -> object:
        return timeline(History.from_rows(rows), START, as_of)

    t_tl, t = median_time(tl, args.repeat)
    t_tl_only, _ = median_time(lambda: timeline(history, START, as_of), args.repeat)  # type: ignore[arg-type]
    print(f"timeline, {DAYS} days")
    print(f"  end to end (fold + sweep)     : {t_tl:8.3f} s  (target <= 5 s)")
    print(f"  sweep on a built History      : {t_tl_only:8.3f} s  ({len(t)} days)")  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
