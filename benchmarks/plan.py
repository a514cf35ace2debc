"""Planner throughput: 1,000,000 URLs planned, beside the listing parser alone on the same URLs.

Target (issue 7): the planner adds at most 2x the parse time (planning <= 3x parsing alone).
The URLs are the realistic mixed set of ``benchmarks/listings.py`` (every platform, mobile and
desktop, tracking noise, some junk). The planner's time includes reading the lines, parsing,
de-duplicating, admitting each line against the rules, batching, and checking every planned
complaint with the complaint engine (which parses each planned listing again).

Run: ``python benchmarks/plan.py [--n 1000000] [--repeat 3]``
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from ipprules.checks.model import Account, Identity, IprType, Location, Plan, Right
from ipprules.listings import parse_listing
from ipprules.planner import PlanLine, Settings, plan_listings
from listings import build

ACCOUNT = Plan(
    account=Account(
        name="Acme Ltd",
        location=Location.ELSEWHERE,
        identity=Identity.ENTERPRISE,
        documents=("business_registration",),
        complaints_filed=10_000,
    ),
    rights=(
        Right(
            id="tm",
            ipr_type=IprType.TRADEMARK,
            place="CN",
            name="ACME",
            documents=("trademark_certificate",),
        ),
    ),
)


def parse_only(urls: list[str]) -> None:
    for url in urls:
        parse_listing(url)


def plan(urls: list[str]) -> dict[str, int]:
    lines = (PlanLine(line=i, url=u) for i, u in enumerate(urls, start=1))
    result = plan_listings(
        lines, ACCOUNT, as_of="2026-11-23", settings=Settings(reason="tm_counterfeit")
    )
    return result.counts() | {"complaints": len(result.complaints)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=20240501)
    args = parser.parse_args()
    urls = build(args.n, args.seed)
    parse_times, plan_times = [], []
    counts: dict[str, int] = {}
    for _ in range(args.repeat):
        t = time.perf_counter()
        parse_only(urls)
        parse_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        counts = plan(urls)
        plan_times.append(time.perf_counter() - t)
    p, q = statistics.median(parse_times), statistics.median(plan_times)
    print(f"{args.n:,} URLs, medians of {args.repeat} runs")
    print(f"listing parser alone   {p:8.2f} s   {args.n / p:12,.0f} URLs/s   (baseline)")
    print(f"planner                {q:8.2f} s   {args.n / q:12,.0f} URLs/s")
    print(f"planner adds {q / p - 1:.2f}x the parse time (target: <= 2x)")
    print(f"lines: {counts}")


if __name__ == "__main__":
    main()
