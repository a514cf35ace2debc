"""Benchmark: listings and Good Faith through ``ipprules.scale`` on a LocalCluster, against one
process doing the same work in the same run.

Listings: ``--n`` URLs (the realistic mix of ``benchmarks/listings.py``) are written to Parquet
in files of ``--partition-rows`` rows. Then, in interleaved rounds (``--rounds``), on the same
files:

* one process: read each file's URL column and run ``parse_listings`` over it (results
  consumed, nothing kept): the bare single-machine parse;
* one process: the same files through ``parse_partition`` (the typed record columns) and
  written back to Parquet with the writer options of ``write_listings``
  (``ipprules.scale.PARQUET_OPTIONS``), i.e. the work of the Dask path without Dask;
* one process: ``dedupe(parse_listings(...))`` over all the URLs in order;
* Dask on a ``LocalCluster`` of ``--workers`` processes (1 thread each): ``parse_urls`` with
  and without de-duplication, written to Parquet by ``write_listings`` (as ``ipprules
  listings --out`` writes it).
  And ``parse_urls`` without de-duplication, each partition's rows made and counted,
  nothing written (the Dask path doing what the bare parse does): its speed-up over the bare
  parse is printed with its own verdict, and no efficiency (no one-process run of that).

It prints each median, the URLs per second, and the two figures of the issue with met / NOT
met: the speed-up of the Dask path over the single-process ``parse_listings`` (target >= 1.6x
on 2 workers; no verdict for another number of workers) and over the same work in one process
(the parallel efficiency, target >= 80%); and whether the answers are identical: the Dask rows
against ``parse_partition``'s, the duplicates it marks against ``dedupe(parse_listings(...))``
over all the URLs in order (the Good Faith standings likewise, account by account).

Memory (``--memory-n``, ``--memory-partition-rows``): for two input sizes and two partition
sizes, the workers are restarted (``Client.restart``: a fresh ``ru_maxrss``), ``parse_urls``
with and without de-duplication is written to Parquet, and the peak resident memory of each
worker process is printed: it should follow the partition size, not the input size.

Good Faith: ``--accounts`` accounts with ``--rows-per-account`` history rows each, written as
CSV files partitioned by row (accounts interleaved); ``standings`` on the cluster against the
same per-account work in one process (every account's rows read as its own history file, then
``standing``). With ``--history FILE``, your own history file of several accounts instead
(the rows as the library reads them, split into the same CSV files), as of its last day.

Stages (``--stages``, no cluster): one partition of ``--partition-rows`` URLs of the same mix,
in one process, in interleaved rounds (at least 5), timed by CPU (``time.process_time``): the
bare ``parse_listings`` and the Dask path's partition work stage by stage (read the file as
``read_urls`` reads it, the columnar kernel, the rows to pandas, pandas to Arrow as Dask's
writer converts them, the Parquet write with ``PARQUET_OPTIONS``) and whole; each as the
median of its per-round ratio to the bare parse of the same round. Two perfect workers reach
``2 / (the whole's ratio)`` of the bare parse: the 1.6x target needs that ratio at 1.25x or less.

The machine these numbers come from may be shared: compare only within one run.

    python benchmarks/scale.py                       # 10,000,000 URLs, 10,000 accounts
    python benchmarks/scale.py --n 2000000 --rounds 2 # smaller
    python benchmarks/scale.py --distinct 0           # every URL text generated (slow)
    python benchmarks/scale.py --stages --rounds 9    # one partition's stages, no cluster
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterator
from typing import Any

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from ipprules.listings import Duplicate, dedupe, parse_listings
from listings import build, read_input


def _peak_mib() -> float:
    """Peak resident memory of this process (MiB): ``VmHWM`` of ``/proc/self/status``, which a
    new process image starts afresh (``ru_maxrss`` keeps the maximum of the process that
    spawned it: a worker started by a big parent would report the parent's peak)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


_CHUNK = 100_000
#: The URLs built for each (seed, size), kept across calls in one process.
_BUILT: dict[tuple[int, int], list[str]] = {}


def write_urls(folder: str, n: int, rows: int, seed: int, distinct: int = 0) -> list[str]:
    """``n`` URLs in Parquet files of ``rows`` URLs (the same URLs for any ``rows``).

    With ``distinct``, only the first ``distinct`` URLs are generated and the rest repeat them
    in order (building the realistic mix costs tens of microseconds a URL; a repeat is a
    duplicate of an earlier file, never of a row of the same partition when ``rows`` divides
    ``distinct``)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    os.makedirs(folder, exist_ok=True)
    paths = []
    chunk = _CHUNK
    cycle = max(1, distinct // chunk) if distinct else None
    pending: list[str] = []
    done = 0
    for lo in range(0, n, chunk):
        number = lo // chunk if cycle is None else (lo // chunk) % cycle
        size = min(chunk, n - lo)
        key = (seed + number, size)  # what build reads: another seed, other URLs
        if key not in _BUILT:
            _BUILT[key] = build(size, seed + number)
        pending += _BUILT[key]
        while len(pending) >= rows or (pending and lo + chunk >= n):
            path = os.path.join(folder, f"urls-{len(paths):05d}.parquet")
            pq.write_table(pa.table({"url": pending[:rows]}), path)
            paths.append(path)
            done += len(pending[:rows])
            pending = pending[rows:]
    assert done == n, (done, n)
    return paths


def built_made(n: int, distinct: int) -> str:
    """What :func:`write_urls` made of ``n`` URLs with ``distinct``: as many texts as it
    generated (whole chunks of ``_CHUNK``, at most ``n``), and whether the rest repeat them
    (``--n 100000`` said "1,000,000 distinct texts, repeated in order" of 100,000 URLs).

    >>> built_made(10_000_000, 1_000_000)
    '1,000,000 texts generated, repeated in order'
    >>> built_made(100_000, 1_000_000), built_made(50, 0)
    ('100,000 texts generated, none repeated', '50 texts generated, none repeated')
    """
    made = min(n, max(1, distinct // _CHUNK) * _CHUNK) if distinct else n
    return f"{made:,} texts generated, " + ("repeated in order" if made < n else "none repeated")


def write_given(folder: str, lines: list[str], rows: int) -> list[str]:
    """A user's lines (``--input``) in Parquet files of ``rows`` URLs, in order."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    os.makedirs(folder, exist_ok=True)
    paths = []
    for lo in range(0, len(lines), rows):
        path = os.path.join(folder, f"urls-{len(paths):05d}.parquet")
        pq.write_table(
            pa.table({"url": lines[lo : lo + rows]}, pa.schema([("url", pa.string())])), path
        )
        paths.append(path)
    return paths


def single_parse(paths: list[str]) -> None:
    import pyarrow.parquet as pq

    for path in paths:
        urls = pq.read_table(path, columns=["url"]).column("url").to_pylist()
        deque(parse_listings(urls), maxlen=0)


def single_records(paths: list[str], out: str) -> None:
    """The Dask path's work per partition (read, typed columns, write with the writer options
    of ``write_listings``, as the workers write), in one process."""
    import pandas as pd

    from ipprules.scale import PARQUET_OPTIONS, parse_partition

    os.makedirs(out, exist_ok=True)
    for i, path in enumerate(paths):
        frame = pd.read_parquet(path, columns=["url"])
        parse_partition(frame, "url", {"number": i}).to_parquet(
            os.path.join(out, f"part.{i}.parquet"), index=False, **PARQUET_OPTIONS
        )


def single_dedupe(paths: list[str]) -> None:
    import pyarrow.parquet as pq

    def texts() -> Any:
        for path in paths:
            yield from pq.read_table(path, columns=["url"]).column("url").to_pylist()

    deque(dedupe(parse_listings(texts())), maxlen=0)


def dask_run(
    client: Any, source: str | list[str], out: str, deduped: bool, keep_parsed: bool = False
) -> None:
    import dask.dataframe as dd

    from ipprules.scale import parse_urls, write_listings

    if isinstance(source, str):
        frame = parse_urls(
            os.path.join(source, "*.parquet"), dedupe=deduped, keep_parsed=keep_parsed
        )
    else:
        frame = parse_urls(
            dd.read_parquet(source, columns=["url"]), dedupe=deduped, keep_parsed=keep_parsed
        )
    # the library's writer, as `ipprules listings --out` writes (not to_parquet's defaults)
    write_listings(frame, out, compute_kwargs={"scheduler": client})
    _CONSERVED.append(_rows(out))


#: rows written by each Dask run (checked against the input: every row once)
_CONSERVED: list[int] = []


def conservation(counts: list[int], n: int) -> str:
    """The conservation line: every Dask run of the rounds wrote (or counted) ``n`` rows.
    Printed with a verdict; before, ``assert`` checked it, so ``python -O`` skipped the check
    and still printed "(checked)", and a failure was a traceback mid-run."""
    if counts and all(count == n for count in counts):
        return (
            f"conservation: every Dask run wrote (or, {UNWRITTEN!r}, counted) {n:,} rows, one "
            f"per input URL ({len(counts)} runs checked) -> met"
        )
    shown = ", ".join(f"{count:,}" for count in counts) or "none"
    return f"conservation: rows per Dask run {shown} for {n:,} input URLs -> NOT met"


#: the de-duplicated run that parses each URL once and keeps the parsed partitions in the
#: workers' memory until the shuffle ends (``--keep-parsed``)
KEPT = "dask: parse_urls(dedupe=True, keep_parsed) -> Parquet"

#: the run that writes nothing: compared with the bare parse only (which writes nothing either)
UNWRITTEN = "dask: parse_urls(dedupe=False), rows counted"


def dask_count(client: Any, source: str) -> None:
    """``parse_urls`` over the files, every partition's rows made and counted, nothing written:
    the Dask path doing what the bare single-process parse does (parse, keep nothing)."""
    from ipprules.scale import parse_urls

    frame = parse_urls(os.path.join(source, "*.parquet"), dedupe=False)
    _CONSERVED.append(int(frame.map_partitions(len).compute(scheduler=client).sum()))


def _rows(folder: str) -> int:
    import pyarrow.parquet as pq

    return sum(
        pq.ParquetFile(os.path.join(folder, name)).metadata.num_rows
        for name in os.listdir(folder)
        if name.endswith(".parquet")
    )


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _warm_up(client: Any, path: str) -> None:
    """Imports, compiled patterns and rule tables, in this process and in every worker, before
    anything is timed (a fresh worker pays about a second of CPU for them)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from ipprules.columnar import parse_column

    urls = pq.read_table(path, columns=["url"]).column("url").slice(0, 2000).to_pylist()
    deque(parse_listings(urls), maxlen=0)
    parse_column(urls)
    # this process runs the same work as the workers ("1 process: parse_partition -> Parquet"):
    # warmed the same way (its first call imported the planner's module and pandas' Parquet
    # writer inside the first timed round, about 0.2 CPU s)
    _warm_worker(urls)
    client.run(_warm_worker, urls)
    small = os.path.join(os.path.dirname(path), "..", "warm.parquet")
    pq.write_table(pa.table({"url": urls}), small)
    for deduped in (False, True):  # the graph's own first-time costs (I/O, shuffle machinery)
        dask_run(client, [small] * 8, small + ".out", deduped)
        shutil.rmtree(small + ".out", ignore_errors=True)


def _warm_worker(urls: list[str]) -> None:
    import pandas as pd

    from ipprules.scale._listings import PARQUET_OPTIONS, _first_keys, parse_partition

    frame = pd.DataFrame({"url": urls})
    parse_partition(frame).to_parquet(os.devnull, **PARQUET_OPTIONS)
    _first_keys(frame, "url", False)


def _cpu_seconds() -> float:
    """CPU time of this process (user + system): what it used, whatever the other load."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _cpu(client: Any) -> tuple[float, list[float]]:
    """CPU seconds so far of this process (client and scheduler) and of each worker."""
    return _cpu_seconds(), list(client.run(_cpu_seconds).values())


def inputs_made(name: str, lines: list[str]) -> str:
    """What the inputs of ``--input NAME`` are, counted as they are: distinct texts, not
    listings (one listing written two ways is two texts, and a duplicate of the first).

    >>> inputs_made("urls.txt", ["a.com/1", "a.com/1?x=1", "a.com/1"])[:42]
    'the inputs of urls.txt, 2 distinct texts ('
    """
    return (
        f"the inputs of {name}, {len(set(lines)):,} distinct texts (not listings: a listing "
        "written two ways is 2 texts, 1 listing; duplicates count listings read before)"
    )


def listings_bench(args: argparse.Namespace, client: Any, tmp: str) -> None:
    start = time.perf_counter()
    if args.input is None:
        paths = write_urls(
            os.path.join(tmp, "in"), args.n, args.partition_rows, args.seed, args.distinct
        )
        made = built_made(args.n, args.distinct)
    else:
        lines = args.lines  # read by main before the cluster starts
        args.n = len(lines)
        paths = write_given(os.path.join(tmp, "in"), lines, args.partition_rows)
        made = inputs_made(args.input, lines)
        del lines
        args.lines = None  # the Parquet files hold them now
    print(
        f"wrote {args.n:,} URLs ({made}) in {len(paths)} Parquet files "
        f"({time.perf_counter() - start:.1f} s)"
    )
    _warm_up(client, paths[0])
    runs: dict[str, list[float]] = {}
    cpus: dict[str, list[float]] = {}  # CPU seconds of the busiest process of the run

    def add(name: str, fn: Callable[[], object]) -> None:
        here, workers = _cpu(client)
        runs.setdefault(name, []).append(timed(fn))
        here2, workers2 = _cpu(client)
        busiest = max([b - a for a, b in zip(workers, workers2, strict=True)] + [here2 - here])
        cpus.setdefault(name, []).append(busiest)
        print(
            f"  {name:<44} {runs[name][-1]:8.2f} s  (busiest process: {busiest:6.2f} CPU s, "
            f"this process {here2 - here:6.2f})",
            flush=True,
        )

    first = len(_CONSERVED)  # the timed runs' counts from here (not the warm-up's)
    for r in range(args.rounds):
        print(f"round {r + 1}/{args.rounds}")
        out = os.path.join(tmp, f"out-{r}")
        source = os.path.join(tmp, "in")
        add("1 process: parse_listings", lambda: single_parse(paths))
        add(
            "dask: parse_urls(dedupe=False) -> Parquet",
            lambda o=out, s=source: dask_run(client, s, o + "-1", False),
        )
        add(UNWRITTEN, lambda s=source: dask_count(client, s))
        add(
            "1 process: parse_partition -> Parquet",
            lambda o=out: single_records(paths, o + "-s"),
        )
        add(
            "dask: parse_urls(dedupe=True) -> Parquet",
            lambda o=out, s=source: dask_run(client, s, o + "-2", True),
        )
        if args.keep_parsed:
            add(
                KEPT,
                lambda o=out, s=source: dask_run(client, s, o + "-3", True, keep_parsed=True),
            )
        if not args.skip_dedupe_baseline:
            add("1 process: dedupe(parse_listings)", lambda: single_dedupe(paths))
        if r == 0:  # untimed: the answers, once
            answers = identical_listings(paths, out + "-1", out + "-s", out + "-2")
            if args.keep_parsed:
                answers += "; " + same_rows(out + "-2", out + "-3", "keep_parsed=True")
        for sub in ("-1", "-2", "-3", "-s"):
            shutil.rmtree(out + sub, ignore_errors=True)
    print()
    print(f"{'run':<44} {'median s':>9} {'URLs/s':>12}")
    medians = {name: statistics.median(times) for name, times in runs.items()}
    for name, m in medians.items():
        print(f"{name:<44} {m:9.2f} {args.n / m:12,.0f}")
    print()
    bare, same = "1 process: parse_listings", "1 process: parse_partition -> Parquet"
    print(
        "(each ratio: the lower of the median of the per-round ratios and the ratio of the medians)"
    )
    for dask_name in [n for n in medians if n.startswith("dask")]:
        speed = judged_ratio(runs[bare], runs[dask_name])
        print(
            f"{dask_name}: {speed:.2f}x single-process parse_listings "
            f"(target >= {SPEED_UP_TARGET:g}x on {TARGET_WORKERS} workers: "
            f"{speed_up_verdict(speed, args.workers, args.n)})"
        )
        if dask_name == UNWRITTEN:  # no same-work run without the write: no efficiency
            print(
                f"{'':<{len(dask_name)}}  (no Parquet written, as the bare parse writes "
                "nothing; `ipprules listings --out` writes: the figures above)"
            )
            continue
        work = judged_ratio(runs[same], runs[dask_name])
        eff = work / args.workers
        print(
            f"{'':<{len(dask_name)}}  {work:.2f}x the same work in "
            f"one process = {eff:.0%} parallel efficiency on {args.workers} workers "
            f"(target >= 80%: {efficiency_verdict(eff, args.workers, args.n)})"
        )
    if "1 process: dedupe(parse_listings)" in medians:
        base = medians["1 process: dedupe(parse_listings)"]
        speed = base / medians["dask: parse_urls(dedupe=True) -> Parquet"]
        print(f"dask: parse_urls(dedupe=True): {speed:.2f}x single-process dedupe(parse_listings)")
    cpu = {name: statistics.median(values) for name, values in cpus.items()}
    print(
        "\nCPU seconds of the busiest process (a run cannot end before it has had them; on a "
        "shared machine this is the figure the other load disturbs least):"
    )
    for name, value in cpu.items():
        print(f"  {name:<44} {value:8.2f} CPU s")
    for dask_name in [n for n in cpu if n.startswith("dask")]:
        same_work = (
            "" if dask_name == UNWRITTEN else f", {cpu[same] / cpu[dask_name]:.2f}x the same work"
        )
        print(
            f"  {dask_name}: {cpu[bare] / cpu[dask_name]:.2f}x parse_listings{same_work}, by "
            "busiest-process CPU (the speed-up on idle cores if nothing else limits it)"
        )
    print(conservation(_CONSERVED[first:], args.n))
    print(f"target: identical results (Dask against one process): {answers}")
    peaks = client.run(_peak_mib)
    print(
        "peak RSS per worker (MiB): "
        + ", ".join(f"{v:.0f}" for v in peaks.values())
        + f"; partitions of {args.partition_rows:,} URLs, input {args.n:,} URLs"
    )


def _verdict(met: bool) -> str:
    return "met" if met else "NOT met"


#: product.md: "Dask path, 2 local workers: >= 1.6x the single-process throughput"
SPEED_UP_TARGET, TARGET_WORKERS = 1.6, 2


def speed_up_verdict(
    speed_up: float, workers: int, urls: int | None = None, accounts: int | None = None
) -> str:
    """The verdict on the Dask speed-up target, which is stated for 2 local workers: more
    workers would meet it more easily, fewer could not, so another count gets none; nor does
    a run of fewer than ``MIN_URLS`` URLs (``urls``; ``None`` for a run not of URLs), which
    measures the cluster's fixed costs, as the parallel efficiency's verdict says, or of
    fewer than ``MIN_ACCOUNTS`` Good Faith accounts (``accounts``; before, 300 accounts
    printed "NOT met" beside "no verdict" for the listings of the same small run)."""
    if workers != TARGET_WORKERS:
        return f"no verdict (the target is for {TARGET_WORKERS} workers, this run has {workers})"
    if urls is not None and urls < MIN_URLS:
        return f"no verdict ({urls:,} URLs measured; give {MIN_URLS:,} or more)"
    if accounts is not None and accounts < MIN_ACCOUNTS:
        return f"no verdict ({accounts:,} accounts measured; give {MIN_ACCOUNTS:,} or more)"
    return _verdict(speed_up >= SPEED_UP_TARGET)


def judged_ratio(slow: list[float], fast: list[float]) -> float:
    """The speed-up of ``fast`` over ``slow`` (seconds of the same rounds) a target is judged
    on: the lower of the median of the per-round ratios and the ratio of the medians, as
    every benchmark reads a ratio (docs/performance.md). Before, only the ratio of the
    medians was read: two noisy medians from different rounds could meet a target that the
    rounds, each compared within itself, did not."""
    per_round = statistics.median(a / b for a, b in zip(slow, fast, strict=True))
    return min(per_round, statistics.median(slow) / statistics.median(fast))


#: the URLs below which the parallel efficiency gets no verdict: on fewer, a run is mostly
#: the cluster's fixed costs (scheduling, a Parquet file per partition), not the parse
MIN_URLS = 100_000

#: the Good Faith accounts below which the speed-up gets no verdict: issue #13 states the
#: figure for 10,000 accounts; a few hundred measure the cluster's fixed costs
MIN_ACCOUNTS = 10_000


def efficiency_verdict(
    efficiency: float, workers: int = TARGET_WORKERS, urls: int = MIN_URLS
) -> str:
    """The verdict on the parallel efficiency (>= 80%, the 1.6x speed-up on 2 workers read per
    worker); none for another worker count (as the speed-up), none for fewer than
    ``MIN_URLS`` URLs (before, 24 URLs printed "46% ... NOT met" for one Dask run and no
    verdict for the other), and none above 100%, which no cluster reaches on the work itself:
    the single-process run's fixed costs dominate the input."""
    if workers != TARGET_WORKERS:
        return f"no verdict (the target is for {TARGET_WORKERS} workers, this run has {workers})"
    if urls < MIN_URLS:
        return f"no verdict ({urls:,} URLs measured; give {MIN_URLS:,} or more)"
    if efficiency > 1.0:
        return "no verdict (over 100%: fixed costs dominate an input this small)"
    return _verdict(efficiency >= 0.8)


def identical_listings(paths: list[str], plain: str, single: str, deduped: str) -> str:
    """Whether the Dask outputs are the single process's answers: ``parse_urls(dedupe=False)``
    row for row equal to ``parse_partition`` over the same files, and
    ``parse_urls(dedupe=True)`` marking as duplicates exactly the inputs that
    ``dedupe(parse_listings(...))`` marks over all the URLs in order, each of the same first
    input. A sentence ending in "met" or "NOT met"."""
    import pandas as pd
    import pyarrow.parquet as pq

    def table(folder: str) -> Any:
        frame = pd.read_parquet(folder)
        return frame.sort_values(["partition", "position"], kind="stable").reset_index(drop=True)

    got, want = table(plain), table(single)
    try:
        pd.testing.assert_frame_equal(got, want[list(got.columns)], check_dtype=False)
        rows_same = True
    except AssertionError:
        rows_same = False
    sizes = [pq.ParquetFile(path).metadata.num_rows for path in paths]
    offsets = [sum(sizes[:i]) for i in range(len(sizes))]
    marked = table(deduped)
    if set(marked["partition"]) - set(range(len(paths))):
        return "Dask partitions are not one per file: duplicates not compared -> NOT met"
    found = {
        offsets[int(r.partition)] + int(r.position): offsets[int(r.first_partition)]
        + int(r.first_position)
        for r in marked[marked["status"] == "duplicate"].itertuples()
    }

    def texts() -> Any:
        for path in paths:
            yield from pq.read_table(path, columns=["url"]).column("url").to_pylist()

    expected = {
        position: result.first
        for position, result in dedupe(parse_listings(texts()))
        if type(result) is Duplicate
    }
    same = rows_same and found == expected and len(marked) == sum(sizes)
    return (
        f"rows {'identical' if rows_same else 'DIFFERENT'} to parse_partition; "
        f"{len(found):,} duplicates marked (inputs of a listing read before), "
        f"{len(expected):,} by dedupe(parse_listings) "
        f"({'the same' if found == expected else 'DIFFERENT'}) -> {_verdict(same)}"
    )


def same_rows(want: str, got: str, name: str) -> str:
    """Whether two Dask outputs hold the same rows (in partition and position order): a phrase
    ending in "met" or "NOT met"."""
    import pandas as pd

    def table(folder: str) -> Any:
        frame = pd.read_parquet(folder)
        return frame.sort_values(["partition", "position"], kind="stable").reset_index(drop=True)

    a, b = table(want), table(got)
    try:
        pd.testing.assert_frame_equal(a, b[list(a.columns)], check_dtype=False)
        same = True
    except (AssertionError, KeyError):
        same = False
    return (
        f"{name} rows {'identical' if same else 'DIFFERENT'} to dedupe=True's "
        f"({len(b):,} rows) -> {_verdict(same)}"
    )


def memory_bench(args: argparse.Namespace, tmp: str) -> None:
    """Peak RSS per worker for two input sizes x two partition sizes, a fresh cluster (fresh
    worker processes) for each run."""
    sizes = [int(v) for v in args.memory_n.split(",")]
    rows = [int(v) for v in args.memory_partition_rows.split(",")]
    print("\nMemory: peak RSS per worker (MiB), fresh worker processes for each run")
    print(f"{'input URLs':>12} {'partition':>10} {'dedupe':>7} {'workers (MiB)':>22} {'s':>7}")
    table: dict[tuple[int, int, bool], float] = {}
    out = os.path.join(tmp, "mem-out")
    for p in rows:
        paths = write_urls(os.path.join(tmp, f"mem-{p}"), max(sizes), p, args.seed, args.distinct)
        for n in sizes:
            subset = paths[: -(-n // p)]
            for deduped in (False, True):
                with _cluster(args.workers) as client:
                    seconds = timed(lambda s=subset, d=deduped: dask_run(client, s, out, d))
                    peaks = list(client.run(_peak_mib).values())
                shutil.rmtree(out, ignore_errors=True)
                table[(n, p, deduped)] = max(peaks)
                shown = ", ".join(f"{v:.0f}" for v in peaks)
                print(
                    f"{min(n, len(subset) * p):>12,} {p:>10,} {deduped!s:>7} {shown:>22} "
                    f"{seconds:7.1f}",
                    flush=True,
                )
        shutil.rmtree(os.path.join(tmp, f"mem-{p}"), ignore_errors=True)
    small, big = min(sizes), max(sizes)
    for p in rows:
        for deduped in (False, True):
            grow = table[(big, p, deduped)] / table[(small, p, deduped)]
            print(
                f"partition {p:,}, dedupe={deduped}: peak at {big:,} URLs = {grow:.2f}x the peak "
                f"at {small:,} (bounded by the partition, not the input, if about 1x: "
                f"{memory_verdict(grow, big)})"
            )


#: the largest input below which the memory figure gets no verdict: under it, a worker's fixed
#: few hundred MiB (the interpreter, pandas, pyarrow, Dask) hide what grows with the input
#: (the shuffle's pairs, about 60 bytes a URL), so any run would read "about 1x"
MIN_MEMORY_URLS = 1_000_000


def memory_verdict(grow: float, big: int) -> str:
    """The verdict on "peak memory per worker bounded by the partition size": met when the
    peak at the larger input is at most 1.15x the peak at the smaller; none when the larger
    input is under :data:`MIN_MEMORY_URLS` (before, 40,000 against 120,000 URLs read "1.01x:
    met" with de-duplication, whose memory does grow with the input)."""
    if big < MIN_MEMORY_URLS:
        return (
            f"no verdict ({big:,} URLs at most; give --memory-n sizes of "
            f"{MIN_MEMORY_URLS:,} or more)"
        )
    return _verdict(grow <= 1.15)


def history_rows(accounts: int, per_account: int, seed: int) -> Any:
    import pandas as pd

    rng = random.Random(seed)
    start = dt.date(2023, 1, 1)
    rows = []
    for i in range(accounts * per_account):
        account = f"acct{rng.randrange(accounts):05d}"
        listings = rng.randint(1, 60)
        rejected = rng.randint(0, listings // 5)
        taken = listings - rejected
        rows.append(
            {
                "account": account,
                "type": "complaint",
                "date": (start + dt.timedelta(days=rng.randrange(600))).isoformat(),
                "platform": rng.choice(("taobao", "tmall", "1688", "aliexpress")),
                "reason_code": rng.choice(("tm_counterfeit", "tm_misuse", "cr_image")),
                "listings": str(listings),
                "taken_down": str(taken),
                "rejected": str(rejected),
                "reinstated": str(rng.randint(0, taken // 10)),
            }
        )
        if i % 97 == 0:
            rows.append(
                {"account": account, "type": "declaration", "date": "2023-01-02"}
                | dict.fromkeys(
                    ("platform", "reason_code", "listings", "taken_down", "rejected", "reinstated"),
                    "",
                )
            )
    return pd.DataFrame(rows)


def read_history(path: str) -> tuple[Any, int, dt.date]:
    """``--history``: a user's history file of several accounts (an ``account`` column), as
    :func:`ipprules.scale.read_histories` reads it (its columns named as the library names
    them), with its accounts and its last day (the day the standings are asked on). Every
    row is first read as ``History.by_account`` reads the file, so a file the library
    refuses (or one without an ``account`` column: the figures are per account) is one line
    on stderr and exit code 2, before any cluster starts."""
    from ipprules._dates import iso_date
    from ipprules.errors import IpprulesError
    from ipprules.goodfaith import History
    from ipprules.scale import read_histories

    try:
        accounts = len(History.by_account(path))
        frame = read_histories(path).compute(scheduler="synchronous")
    except (IpprulesError, OSError) as err:
        said = str(err)
        _fail(said if path in said else f"{path}: {said}")
    if "account" not in frame.columns:
        _fail(f"{path}: no account column: the Dask figures are standings per account")
    days = [day for day in map(iso_date, frame["date"]) if day is not None]
    if not days:
        _fail(f"{path}: no dated rows: nothing to measure")
    return frame, accounts, max(days)


def _fail(message: str) -> Any:
    """Stop on a bad input: one line on stderr, exit code 2 (as ``ipprules`` does)."""
    print(message, file=sys.stderr)
    raise SystemExit(2)


def same_standings(single: Any, distributed: Any) -> str:
    """Whether two tables of standings (one row per account) are equal, "met" or "NOT met"."""
    import pandas as pd

    def table(frame: Any) -> Any:
        frame = frame.reset_index(drop=True)
        return frame.sort_values("account", kind="stable").reset_index(drop=True)

    a, b = table(single), table(distributed)
    try:
        pd.testing.assert_frame_equal(a, b[list(a.columns)], check_dtype=False)
    except (AssertionError, KeyError) as err:
        return (
            f"{len(a):,} and {len(b):,} accounts, DIFFERENT ({str(err).splitlines()[0]}) -> NOT met"
        )
    return f"{len(a):,} accounts, every row identical -> met"


def goodfaith_bench(args: argparse.Namespace, client: Any, tmp: str) -> None:
    import pandas as pd

    from ipprules.scale import standings
    from ipprules.scale._goodfaith import _standings_partition

    if args.history_input is None:
        frame = history_rows(args.accounts, args.rows_per_account, args.seed)
        accounts, as_of = args.accounts, dt.date(2024, 9, 1)
    else:
        frame, accounts, as_of = args.history_input
    folder = os.path.join(tmp, "history")
    os.makedirs(folder)
    step = max(1, -(-len(frame) // 8))  # 8 files (len // 8 made a ninth of a few rows: 9
    # partitions on 2 workers, one of which ran 5 of them)
    for i, lo in enumerate(range(0, len(frame), step)):
        frame.iloc[lo : lo + step].to_csv(os.path.join(folder, f"h{i:03d}.csv"), index=False)
    files = len(os.listdir(folder))
    print(
        f"\nGood Faith: {accounts:,} accounts, {len(frame):,} history rows in {files} CSV files, "
        f"as of {as_of}"
    )
    # warm up: imports and rule tables in this process and the workers, before anything is timed
    warm = os.path.join(tmp, "history-warm")
    os.makedirs(warm)
    frame.iloc[:400].to_csv(os.path.join(warm, "w.csv"), index=False)
    standings(os.path.join(warm, "*.csv"), as_of).compute(scheduler=client)
    few = frame.iloc[:400].assign(partition=0, position=range(min(400, len(frame))))
    _standings_partition(few, as_of, None, False, (), None, "account")
    times: dict[str, list[float]] = {}
    cpus: dict[str, list[float]] = {}
    for r in range(args.rounds):

        def single() -> object:
            parts = [
                pd.read_csv(p, dtype=str, keep_default_na=False)
                for p in sorted(os.path.join(folder, f) for f in os.listdir(folder))
            ]
            whole = pd.concat(parts, ignore_index=True)
            whole["partition"] = 0
            whole["position"] = range(len(whole))
            return _standings_partition(whole, as_of, None, False, (), None, "account")

        def distributed() -> object:
            return standings(os.path.join(folder, "*.csv"), as_of).compute(scheduler=client)

        for name, fn in (("1 process", single), ("dask", distributed)):
            before, workers = _cpu(client)
            times.setdefault(name, []).append(timed(fn))
            after, workers_after = _cpu(client)
            # CPU seconds of the busiest process: this one alone, or the busiest worker
            used = [b - a for a, b in zip(workers, workers_after, strict=True)]
            cpus.setdefault(name, []).append(after - before if name == "1 process" else max(used))
            print(
                f"  round {r + 1} {name:<10} {times[name][-1]:8.2f} s"
                f"  CPU s, busiest process {cpus[name][-1]:7.2f}",
                flush=True,
            )
    for name, values in times.items():
        m = statistics.median(values)
        print(
            f"{name:<10} median {m:7.2f} s  {accounts / m:10,.0f} accounts/s"
            f"  CPU s, busiest process {statistics.median(cpus[name]):7.2f}"
        )
    # the lower of the median per-round ratio and the ratio of the medians (see judged_ratio)
    speed = judged_ratio(times["1 process"], times["dask"])
    by_cpu = statistics.median(cpus["1 process"]) / statistics.median(cpus["dask"])
    print(
        f"speed-up: {speed:.2f}x by wall clock, {by_cpu:.2f}x by busiest-process CPU "
        f"(target >= {SPEED_UP_TARGET:g}x on {TARGET_WORKERS} workers: "
        f"{speed_up_verdict(speed, args.workers, accounts=accounts)})"
    )
    print(
        f"target: identical results (Dask against one process): {same_standings(single(), distributed())}"
    )


#: the stages of one partition of the Dask path, in the order they run
STAGES = ("read", "kernel", "to pandas", "to Arrow", "write Parquet")


def _stage_steps(path: str, out: str) -> list[tuple[str, Callable[[], object]]]:
    """The Dask path's work on the partition ``path``, one step a stage (each step reads what
    the one before made), as a worker does it: ``read_urls``'s reader, ``parse_partition``'s
    kernel and frame, Dask's pandas-to-Arrow conversion and pyarrow's write."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from ipprules.columnar import parse_column
    from ipprules.planner.engine import _cyclic_gc_paused
    from ipprules.scale import PARQUET_OPTIONS, listing_meta
    from ipprules.scale._listings import (
        _pieces,
        _read_piece,
        _record_frame,
        _strings,
        _url_series,
    )

    piece = _pieces(path, "url", "32MiB")[0]
    schema = pa.Schema.from_pandas(listing_meta(), preserve_index=False)
    made: dict[str, Any] = {}

    def read() -> None:
        made["frame"] = _read_piece((piece, 0, "column="), "url")

    def kernel() -> None:
        made["urls"] = _strings(_url_series(made["frame"], "url"))
        with _cyclic_gc_paused():
            made["table"] = parse_column(made["urls"], nulls="reject")

    def to_pandas() -> None:
        made["rows"] = _record_frame(made["table"], made["urls"], 0, made["frame"].index)

    def to_arrow() -> None:
        made["arrow"] = pa.Table.from_pandas(
            made["rows"], nthreads=1, preserve_index=False, schema=schema
        )

    def write() -> None:
        with open(out, "wb") as handle:
            pq.write_table(made["arrow"], handle, **PARQUET_OPTIONS)

    return list(zip(STAGES, (read, kernel, to_pandas, to_arrow, write), strict=True))


def stages_bench(args: argparse.Namespace, tmp: str, least: int = 5) -> dict[str, float]:
    """One partition's stages against the bare parse (see the module's docstring), in
    ``--rounds`` rounds, ``least`` at the least; returns each stage's median ratio to the bare
    parse (``whole``: the stages run as one)."""
    import gc

    [path] = write_urls(os.path.join(tmp, "stages"), args.partition_rows, args.partition_rows,
                        args.seed)  # fmt: skip
    steps = _stage_steps(path, os.path.join(tmp, "stages.parquet"))

    def whole() -> None:
        for _, step in steps:
            step()

    runs: list[tuple[str, Callable[[], object]]] = [
        ("bare parse_listings", lambda: single_parse([path])), *steps, ("whole", whole)]  # fmt: skip
    seconds: dict[str, list[float]] = {name: [] for name, _ in runs}
    for _, run in runs:  # warm: imports, the kernel's plan, caches
        run()
    rounds = max(least, args.rounds)
    for number in range(rounds):
        # the bare parse and the whole path change places each round (the stages run in order)
        order = runs if number % 2 == 0 else [runs[-1], *runs[1:-1], runs[0]]
        gc.collect()  # once a round: a full collection of a big heap costs about a stage
        for name, run in order:
            started = time.process_time()
            run()
            seconds[name].append(time.process_time() - started)
    bare = seconds["bare parse_listings"]
    ratios = {
        name: statistics.median(t / b for t, b in zip(spent, bare, strict=True))
        for name, spent in seconds.items()
    }
    print(f"\none partition of {args.partition_rows:,} URLs, one process, CPU medians of "
          f"{rounds} interleaved rounds (ratio: median of each round's to the bare parse)")  # fmt: skip
    for name, _ in runs:
        label = "the Dask path's work (all the stages)" if name == "whole" else name
        print(f"  {label:40s} {statistics.median(seconds[name]) * 1000:9.1f} ms "
              f"{ratios[name]:6.3f}x")  # fmt: skip
    print(f"  {args.workers} perfect workers would reach {args.workers / ratios['whole']:.2f}x "
          "the bare parse (the 1.6x target on 2 needs the work at 1.25x or less)")  # fmt: skip
    return ratios


def main(argv: list[str] | None = None) -> None:
    # the first paragraph of the docstring (its first line alone stops mid-sentence)
    summary = " ".join((__doc__ or "").split("\n\n")[0].split())
    parser = argparse.ArgumentParser(description=summary or None)
    parser.add_argument("--n", type=int, default=10_000_000, help="URLs (default 1e7)")
    parser.add_argument(
        "--partition-rows",
        type=int,
        default=100_000,
        help="URLs per Parquet file, i.e. per partition (default 100,000)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=2,
        help="LocalCluster worker processes, 1 thread each (default 2; the 1.6x target is "
        "judged on 2 only)",
    )
    parser.add_argument(
        "--rounds", type=int, default=3, help="interleaved rounds; medians are printed (default 3)"
    )
    parser.add_argument(
        "--accounts", type=int, default=10_000, help="Good Faith accounts (default 10,000)"
    )
    parser.add_argument(
        "--rows-per-account",
        type=int,
        default=20,
        help="history rows per account, accounts interleaved (default 20)",
    )
    parser.add_argument("--seed", type=int, default=20240501, help="seed of the built inputs")
    parser.add_argument(
        "--skip-dedupe-baseline",
        action="store_true",
        help="do not time dedupe(parse_listings) in one process",
    )
    parser.add_argument("--skip-listings", action="store_true", help="no listing figures")
    parser.add_argument(
        "--keep-parsed",
        action="store_true",
        help="also time parse_urls(dedupe=True, keep_parsed=True): each URL parsed once, the "
        "parsed partitions kept in the workers' memory until the shuffle of keys ends",
    )
    parser.add_argument(
        "--stages",
        action="store_true",
        help="only one partition's stages in one process, no cluster: the bare parse against "
        "the Dask path's read, kernel, pandas, Arrow and Parquet write, by CPU (at least 5 "
        "rounds)",
    )
    parser.add_argument("--skip-goodfaith", action="store_true", help="no Good Faith figures")
    parser.add_argument(
        "--skip-memory", action="store_true", help="no peak-memory-per-worker figures"
    )
    parser.add_argument(
        "--distinct",
        type=int,
        default=1_000_000,
        help="distinct URL texts generated; the rest repeat them (0: all distinct)",
    )
    parser.add_argument(
        "--input",
        metavar="FILE",
        help="the listing figures on your own URLs instead of built ones, read as ipprules "
        "listings FILE reads them (a UTF-8 text file of one URL per line, a CSV with a URL "
        "column or JSON Lines), written to Parquet files of --partition-rows inputs (--n and "
        "--distinct are ignored; the memory figures stay on built URLs)",
    )
    parser.add_argument(
        "--history",
        metavar="FILE",
        help="the Good Faith figures on your own history file of several accounts (a CSV "
        "with an account column, as ipprules.scale.read_histories reads it) instead of built "
        "rows, as of its last day (--accounts and --rows-per-account are ignored)",
    )
    parser.add_argument(
        "--column",
        metavar="NAME",
        help="with --input: the CSV column or JSON Lines key holding the URLs",
    )
    parser.add_argument(
        "--memory-n", default="1000000,4000000", help="two input sizes (default 1000000,4000000)"
    )
    parser.add_argument(
        "--memory-partition-rows",
        default="100000,400000",
        help="two partition sizes (default 100000,400000)",
    )
    args = parser.parse_args(argv)
    if args.rounds < 1 or args.workers < 1 or args.partition_rows < 1:
        parser.error("--rounds, --workers and --partition-rows must be at least 1")
    # each was a traceback (or, for a partition of 0 rows, a run that never ended)
    if args.n < 1 or args.accounts < 1 or args.rows_per_account < 1:
        parser.error("--n, --accounts and --rows-per-account must be at least 1")
    if args.distinct < 0:
        parser.error("--distinct must be 0 (every URL distinct) or more")
    for option in ("memory_n", "memory_partition_rows"):
        given = getattr(args, option)
        sizes = [v.strip() for v in given.split(",")]
        if len(sizes) != 2 or not all(v.isascii() and v.isdigit() and int(v) >= 1 for v in sizes):
            flag = "--" + option.replace("_", "-")
            parser.error(f"{flag} takes two whole numbers of at least 1, such as 100000,400000")
    if len({int(v) for v in args.memory_n.split(",")}) < 2:  # one size: "1.00x: met" for nothing
        parser.error(
            "--memory-n takes two different input sizes (the peak at one against the other)"
        )
    if args.column is not None and args.input is None:
        parser.error("--column needs --input")
    if args.history is not None and (args.skip_goodfaith or args.stages):
        # the history was then silently not read: the run timed nothing of it
        clash = "--skip-goodfaith" if args.skip_goodfaith else "--stages"
        parser.error(f"--history is not read with {clash} (no Good Faith figures): drop one")
    # a bad file is a one-line exit naming it, before any cluster is started
    args.lines = (
        read_input(args.input, column=args.column)
        if args.input is not None and not args.skip_listings
        else None
    )
    args.history_input = read_history(args.history) if args.history is not None else None
    tmp = tempfile.mkdtemp(prefix="ipprules-scale-")
    if args.stages:
        try:
            stages_bench(args, tmp)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        return
    print(f"LocalCluster: {args.workers} worker processes x 1 thread; {os.cpu_count()} CPUs")
    print(f"load average before: {', '.join(f'{v:.1f}' for v in os.getloadavg())}")
    try:
        if not args.skip_listings or not args.skip_goodfaith:
            with _cluster(args.workers) as client:
                if not args.skip_listings:
                    listings_bench(args, client, tmp)
                if not args.skip_goodfaith:
                    goodfaith_bench(args, client, tmp)
        if not args.skip_memory:
            memory_bench(args, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"load average after: {', '.join(f'{v:.1f}' for v in os.getloadavg())}")


@contextlib.contextmanager
def _cluster(workers: int) -> Iterator[Any]:
    """The LocalCluster the figures are taken on: ``workers`` processes of one thread, made
    under the configuration of the cluster ``ipprules listings --workers`` starts (no
    statistical profiler, the event loop checked once a second: ``LOCAL_CLUSTER_CONFIG``),
    without a memory limit (the peak memory per worker is measured, nothing spilled)."""
    import dask
    from distributed import Client, LocalCluster

    from ipprules.scale.cli import LOCAL_CLUSTER_CONFIG

    with (
        dask.config.set(LOCAL_CLUSTER_CONFIG),
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
            memory_limit=0,
        ) as cluster,
        Client(cluster, set_as_default=False) as client,
    ):
        yield client


if __name__ == "__main__":
    main()
