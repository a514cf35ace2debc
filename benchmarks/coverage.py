"""Rights coverage: 100 rights x 9 platforms x 2 targets, beside the rule-book load time.

    python benchmarks/coverage.py [--repeat 7]

Target (issue 17): the coverage matrix of 100 rights x 9 platforms x 2 targets in <= 100 ms
(median), printed beside the first full rule-book load measured in the same run (a fresh
interpreter each time), so the two figures can be compared on the same machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import subprocess
import sys
import time

import ipprules
from ipprules.checks import (
    Account,
    Authorisation,
    Category,
    Identity,
    IprType,
    Location,
    PatentSubtype,
    Plan,
    Right,
)
from ipprules.coverage import coverage

PLATFORMS = (
    "taobao",
    "tmall",
    "tmall_global",
    "1688",
    "alibaba_com",
    "aliexpress",
    "lazada_sg",
    "lazada_th",
    "lazada_my",
)
KINDS = (
    (IprType.TRADEMARK, None, ("trademark_certificate",)),
    (IprType.COPYRIGHT, None, ("copyright_certificate",)),
    (IprType.PATENT, PatentSubtype.DESIGN, ("patent_certificate", "patent_evaluation_report")),
    (IprType.PATENT, PatentSubtype.INVENTION, ("patent_certificate",)),
)


def portfolio(n: int) -> Plan:
    """An agent's portfolio of ``n`` rights in several places, half of them expiring soon."""
    rights = []
    for i in range(n):
        kind, subtype, docs = KINDS[i % len(KINDS)]
        rights.append(
            Right(
                id=f"r{i}",
                ipr_type=kind,
                subtype=subtype,
                place=("CN", "US", "SG", "HK", "TH")[i % 5],
                filing_date=dt.date(2018, 1, 1),
                expiry_date=dt.date(2027, 1, 1) + dt.timedelta(days=i * (1 if i % 2 else 40)),
                documents=docs,
            )
        )
    letters = (
        Authorisation(
            platforms=PLATFORMS[:4],
            valid_until=dt.date(2027, 2, 1),
            states_scope=True,
            states_validity=True,
        ),
        Authorisation(platforms=PLATFORMS[4:]),
    )
    account = Account(
        name="BrandGuard",
        location=Location.ELSEWHERE,
        identity=Identity.INDIVIDUAL,
        category=Category.AGENT,
        documents=("identity_document",),
        authorisations=letters,
    )
    return Plan(account=account, rights=tuple(rights))


def load_time() -> float:
    code = (
        "import time, ipprules; t = time.perf_counter(); ipprules.default_rulebook(); "
        "print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout)


#: the portfolio the target is stated for: 100 rights x 9 platforms x 2 targets
TARGET_RIGHTS = 100


def matrix_verdict(ms: float, rights: int) -> str:
    """The verdict on "the matrix in <= 100 ms", stated for ``TARGET_RIGHTS`` rights: a
    smaller portfolio (``--rights 20``, a fifth of the cells) said "met" on a fifth of the
    work; it gets no verdict. A larger one is judged (the same time for more cells)."""
    if rights < TARGET_RIGHTS:
        return f"no verdict ({rights:,} rights measured; the target is for {TARGET_RIGHTS})"
    return "met" if ms <= 100 else "NOT met"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--repeat", type=int, default=7, help="interleaved rounds; medians are printed (default 7)"
    )
    parser.add_argument(
        "--rights", type=int, default=100, help="rights in the built portfolio (default 100)"
    )
    args = parser.parse_args(argv)
    if args.repeat < 1 or args.rights < 1:  # 0 rounds: a traceback; 0 rights: no matrix
        parser.error("--repeat and --rights must be at least 1")
    plan = portfolio(args.rights)
    ipprules.default_rulebook()
    loads, flat, ahead = [], [], []
    for _ in range(args.repeat):  # interleaved round by round
        loads.append(load_time())
        t = time.perf_counter()
        cov = coverage(plan, as_of="2026-12-02", horizon=0, platforms=PLATFORMS)
        flat.append(time.perf_counter() - t)
        t = time.perf_counter()
        cov90 = coverage(plan, as_of="2026-12-02", horizon="90d", platforms=PLATFORMS)
        ahead.append(time.perf_counter() - t)
    cells = len(cov.cells)
    m_load, m_flat, m_ahead = (statistics.median(x) * 1000 for x in (loads, flat, ahead))
    print(f"{args.rights} rights x {len(PLATFORMS)} platforms x 2 targets = {cells} cells")
    print(f"  rule-book first load (baseline, fresh interpreter): {m_load:7.1f} ms")
    print(
        f"  coverage, as of one day, 3 readings:                {m_flat:7.1f} ms"
        f"  ({m_flat / m_load:.2f}x the load)"
    )
    print(f"  coverage with a 90-day horizon ({len(cov90.changes)} changes):    {m_ahead:7.1f} ms")
    print(f"  target <= 100 ms for the matrix: {matrix_verdict(m_flat, args.rights)}")


if __name__ == "__main__":
    main()
