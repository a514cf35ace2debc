"""Benchmark: what the reading layer costs on large inputs, beside a plain ``open()`` loop.

A file of URL lines (and a CSV of the same rows) is read, in the same process, interleaved
round by round (the order rotates; the median of the rounds is printed):

* ``open-text``: ``open(path, encoding="utf-8-sig", errors="replace")`` and ``rstrip`` per
  line (what ``ipprules listings`` did before the reading layer: lenient, no cap, no checks);
* ``iter_lines``: the reading layer (stat, size cap, strict UTF-8 per line, NUL check);
* ``csv-open``: ``csv.reader`` over ``open()``;
* ``iter_csv``: the reading layer's CSV (line numbers, strict UTF-8, no field-limit surprise);
* ``parse``: ``parse_listings`` over the lines already in memory, the work that follows the
  reading in ``ipprules listings``; the reading layer's extra cost is printed as a share of it.

The machine may be shared: read the ratios to the same-run baselines, not absolute figures.

    python benchmarks/reading.py                  # 1,000,000 lines, 5 rounds
    python benchmarks/reading.py --n 200000 --rounds 3
    python benchmarks/reading.py --input urls.txt  # your own file
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path

from ipprules._files import iter_csv, iter_lines, reading_limits
from ipprules.errors import IpprulesError
from ipprules.listings import parse_listings

FORMS = (
    "https://item.taobao.com/item.htm?id={n}&spm=a21bo.jianhua.201876.1",
    "https://detail.tmall.com/item.htm?id={n}&skuId=4{n}",
    "https://www.aliexpress.com/item/100500{n}.html?spm=a2g0o.home",
    "https://detail.1688.com/offer/{n}.html",
    "https://m.intl.taobao.com/detail/detail.html?id={n}&tk=x",
)


def _write(folder: Path, n: int, given: Path | None = None) -> tuple[Path, Path]:
    """The text file (``given``, a user's file, or ``n`` built lines) and a CSV of its lines."""
    if given is None:
        lines = [FORMS[i % len(FORMS)].format(n=600000000000 + i) for i in range(n)]
        text = folder / "urls.txt"
        text.write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        text = given
        try:
            lines = [t for _, t in iter_lines(given)]
        except IpprulesError as err:  # the reading layer refuses it: nothing to measure
            print(f"{err} (the reading layer refuses this file)", file=sys.stderr)
            raise SystemExit(2) from None
        if not lines:  # an empty file: every figure divided by zero lines
            print(f"{given}: no lines to measure (the file is empty)", file=sys.stderr)
            raise SystemExit(2)
    table = folder / "urls.csv"
    with table.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["url", "reason", "confidence", "notes"])
        writer.writerows([url, "tm_counterfeit", "0.9", "seen, twice"] for url in lines)
    return text, table


def _inputs(path: Path, lines: list[str], column: str | None) -> tuple[list[str], str]:
    """The inputs ``ipprules listings FILE`` parses from ``path`` (its lines that are not
    blank, or the URL cells of a CSV or the URL values of a JSON Lines file, read by the
    command's reader, ``column`` as its ``--column``) and what they are; a file the command
    refuses stops the script."""
    from ipprules.cli.listings import iter_urls

    try:
        urls = [t for _, t in iter_urls(str(path), column=column)]
    except IpprulesError as err:
        print(f"{err} (ipprules listings refuses this file)", file=sys.stderr)
        raise SystemExit(2) from None
    return urls, "not blank" if urls == lines else "URL cells or values"


def _open_text(path: Path) -> int:
    count = 0
    with open(path, encoding="utf-8-sig", errors="replace") as stream:
        for line in stream:
            if line.rstrip("\r\n").strip():
                count += 1
    return count


def _iter_lines(path: Path) -> int:
    return sum(1 for _, text in iter_lines(path) if text.strip())


def _csv_open(path: Path) -> int:
    csv.field_size_limit(1 << 30)  # a user's file may hold a cell over the default 128 KiB
    with open(path, encoding="utf-8-sig", newline="") as stream:
        return sum(1 for _ in csv.reader(stream))


def _iter_csv(path: Path) -> int:
    return sum(1 for _ in iter_csv(path))


#: the lines below which the target gets no verdict: on fewer, the timings are mostly fixed
#: costs (opening a file, the clock), not the cost per line the target is about
MIN_LINES = 100_000


def sized_verdict(share: float, lines: int) -> str:
    """The verdict on the reading layer's extra cost ``share`` (target < 5%), none for fewer
    than ``MIN_LINES`` lines (a few dozen read either way: before, 24 lines printed "met")."""
    if lines < MIN_LINES:
        return f"no verdict ({lines:,} lines measured; give {MIN_LINES:,} or more)"
    return "met" if share < 0.05 else "NOT met"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--n", type=int, default=1_000_000, help="lines of the built file (default 1,000,000)"
    )
    parser.add_argument(
        "--rounds", type=int, default=5, help="interleaved rounds; medians are printed (default 5)"
    )
    parser.add_argument(
        "--input",
        metavar="FILE",
        help="measure on your own text file of URL lines instead of built ones (each line "
        "read as ipprules listings reads a text file's lines; a CSV or JSON Lines file is "
        "read as its raw lines, and its URL cells or values parsed, as ipprules listings "
        "parses them; the CSV baseline holds the same lines); --n is ignored",
    )
    parser.add_argument(
        "--column",
        metavar="NAME",
        help="with --input: the CSV column or JSON Lines key holding the URLs, as ipprules "
        "listings --column takes it (default: url, link, 链接...)",
    )
    args = parser.parse_args(argv)
    if args.column is not None and args.input is None:
        parser.error("--column needs --input (the built file has no columns)")
    if args.rounds < 1 or args.n < 1:  # 0 rounds: a traceback; --n 0 measured one blank line
        parser.error("--rounds and --n must be at least 1")
    what = "not blank"
    with tempfile.TemporaryDirectory() as tmp, reading_limits(max_bytes=1 << 32):
        given = None if args.input is None else Path(args.input)
        text, table = _write(Path(tmp), args.n, given)
        every = [t for _, t in iter_lines(text)]
        # what `ipprules listings` parses: the lines that are not blank (before, blank and
        # whitespace-only lines were parsed too, as rejections the command never makes);
        # of a CSV or JSON Lines file, its URL cells or values (before, its raw rows, the
        # header and the other cells included: 2.7x the parse of its URLs, which made the
        # reading layer's share look smaller)
        in_memory = [t for t in every if t.strip()]
        if given is not None:
            in_memory, what = _inputs(given, in_memory, args.column)
        if not in_memory:
            print(f"{text}: no inputs to parse (every line is blank)", file=sys.stderr)
            raise SystemExit(2)
        runs: dict[str, Callable[[], object]] = {
            "open-text": lambda: _open_text(text),
            "iter_lines": lambda: _iter_lines(text),
            "csv-open": lambda: _csv_open(table),
            "iter_csv": lambda: _iter_csv(table),
            "parse": lambda: deque(parse_listings(in_memory), maxlen=0),
        }
        times: dict[str, list[float]] = {name: [] for name in runs}
        names = list(runs)
        for run in runs.values():  # untimed: the first use (files cached, parser tables)
            run()
        args.n, inputs = len(every), len(in_memory)
        for round_ in range(args.rounds):
            order = names[round_ % len(names) :] + names[: round_ % len(names)]
            for name in order:
                started = time.perf_counter()
                runs[name]()
                times[name].append(time.perf_counter() - started)
    median = {name: statistics.median(values) for name, values in times.items()}
    print(
        f"{args.n:,} lines, {args.rounds} rounds, medians (seconds; same-run baselines); "
        f"{inputs:,} {what}: the inputs parsed, as ipprules listings parses them"
    )
    for name, value in median.items():
        per = value / (inputs if name == "parse" else args.n) * 1e9
        print(f"  {name:11} {value:8.3f}  ({per:6.0f} ns/{'input' if name == 'parse' else 'line'})")
    lines_extra = median["iter_lines"] - median["open-text"]
    print(f"iter_lines / open-text: {median['iter_lines'] / median['open-text']:.2f}x")
    print(f"iter_csv / csv-open:    {median['iter_csv'] / median['csv-open']:.2f}x")
    share = lines_extra / (median["parse"] + median["open-text"])
    verdict = sized_verdict(share, args.n)
    print(
        f"reading layer's extra cost on 'ipprules listings' (read + parse): {share:+.1%} "
        f"(target < 5%: {verdict})"
    )


if __name__ == "__main__":
    main()
