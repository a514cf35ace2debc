"""Rights coverage at scale: ``ipprules coverage`` over a brand's portfolio of 1,000 and
10,000 rights, CPU time and peak memory, beside a same-run baseline.

    python benchmarks/coverage_scale.py --baseline /tmp/base/src [--rights 1000 10000]
        [--repeat 3] [--format json]
    python benchmarks/coverage_scale.py --summary [--rights 10000] [--format json]

The portfolio is built like a real brand's (:func:`brand`): marks in several classes and
places, Madrid marks, applications, design, utility-model and invention patents, registered
and unregistered copyright, under an agent's letters. Each round runs the command once with
this tree's ``src`` and once with ``--baseline``'s (another checkout, e.g. ``git worktree add
--detach /tmp/base main``), interleaved, each in a fresh interpreter writing to /dev/null; the
medians of user+system CPU and of peak RSS are printed for both. Without ``--baseline`` only
this tree is measured. With ``--summary``, this tree's full command and its ``--summary`` are
run interleaved in the same way (and the baseline's full command, if one is given).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent.parent / "src"
PLACES = ("CN", "CN", "CN", "US", "EU", "HK", "SG", "TH", "MY", "ID", "VN", "TW")
AS_OF = dt.date(2026, 12, 2)


def _right(i: int) -> list[str]:
    """The TOML lines of the ``i``-th right: 70% marks, 15% patents, 15% copyright."""
    kind = i % 20
    expiry = AS_OF + dt.timedelta(days=30 + (i * 37) % 3650)
    lines = ["[[rights]]", f'id = "r{i}"']
    if kind < 14:
        place = PLACES[i % len(PLACES)]
        lines += [
            'ipr_type = "trademark"',
            f'name = "BRAND {i % 50}"',
            f'place = "{place}"',
            f'number = "{30000000 + i}"',
            f"classes = [{(3, 9, 18, 25, 35)[i % 5]}]",
            f"expiry_date = {expiry}",
            'registrant = "Brand Co., Ltd."',
        ]
        docs = ["trademark_certificate"]
        if i % 9 == 0:
            lines.append("madrid = true")
            docs.append("madrid_extension_certificate")
        if i % 31 == 0:
            lines[-1:] = ['status = "pending"']
            docs = ["trademark_acceptance_notice"]
    elif kind < 17:
        subtype = ("design", "utility_model", "invention")[i % 3]
        filed = dt.date(2008 + i % 15, 1 + i % 12, 1)
        lines += [
            'ipr_type = "patent"',
            f'subtype = "{subtype}"',
            f'name = "Product {i}"',
            'place = "CN"',
            f'number = "ZL{filed.year}{i:08d}.1"',
            f"filing_date = {filed}",
            f"expiry_date = {expiry}",
            'registrant = "Brand Co., Ltd."',
        ]
        docs = ["patent_certificate"] + (["patent_evaluation_report"] if i % 2 else [])
    else:
        registered = i % 2 == 0
        lines += [
            'ipr_type = "copyright"',
            f'name = "Artwork {i}"',
            f'place = "{("CN", "US", "HK")[i % 3]}"',
            'status = "registered"' if registered else 'status = "unregistered"',
            'registrant = "Brand Co., Ltd."',
        ]
        docs = ["copyright_certificate"] if registered else ["copyright_claim_statement"]
    return [*lines, f"documents = {docs!r}".replace("'", '"'), ""]


def brand(n: int) -> str:
    """A portfolio file (TOML) of ``n`` rights under an agent's two letters."""
    lines = [
        f"as_of = {AS_OF}",
        "[account]",
        'name = "BrandGuard"',
        'location = "elsewhere"',
        'identity = "individual"',
        'category = "agent"',
        'documents = ["identity_document"]',
        "[[account.authorisations]]",
        'platforms = ["taobao", "tmall", "tmall_global", "1688"]',
        "valid_until = 2027-02-01",
        "states_scope = true",
        "states_validity = true",
        "[[account.authorisations]]",
        'platforms = ["alibaba_com", "aliexpress", "lazada_sg", "lazada_th", "lazada_my"]',
        "",
    ]
    for i in range(n):
        lines += _right(i)
    return "\n".join(lines)


def run(src: str, path: str, fmt: str, extra: tuple[str, ...] = ()) -> tuple[float, float]:
    """One run of the command in a fresh interpreter: (CPU seconds, peak RSS in MB)."""
    env = {**os.environ, "PYTHONPATH": src}
    argv = [sys.executable, "-m", "ipprules", "coverage", path, "--format", fmt, *extra]
    with open(os.devnull, "w") as sink:
        proc = subprocess.Popen(argv, stdout=sink, stderr=subprocess.DEVNULL, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"{src}: exit {os.waitstatus_to_exitcode(status)}")
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--baseline", metavar="SRC", help="another tree's src to compare with")
    parser.add_argument(
        "--rights",
        type=int,
        nargs="+",
        default=[1000, 10000],
        help="portfolio sizes to measure, each its own portfolio (default 1000 10000)",
    )
    parser.add_argument("--repeat", type=int, default=3, help="interleaved rounds (default 3)")
    parser.add_argument(
        "--format",
        choices=("json", "csv", "text"),
        default="json",
        help="the command's --format (default json, the largest output)",
    )
    parser.add_argument(
        "--summary",
        action="store_true",
        help="also run this tree's command with --summary, interleaved with the full one",
    )
    args = parser.parse_args(argv)
    if args.repeat < 1 or min(args.rights) < 1:
        parser.error("--repeat and --rights must be at least 1")
    trees: list[tuple[str, str, tuple[str, ...]]] = [("this tree", str(HERE), ())]
    if args.baseline:
        trees.insert(0, ("baseline", args.baseline, ()))
    if args.summary:
        trees.append(("--summary", str(HERE), ("--summary",)))
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.rights:
            path = os.path.join(tmp, f"brand{n}.toml")
            pathlib.Path(path).write_text(brand(n), encoding="utf-8")
            got: dict[str, list[tuple[float, float]]] = {name: [] for name, _, _ in trees}
            for _ in range(args.repeat):  # interleaved round by round
                for name, src, extra in trees:
                    got[name].append(run(src, path, args.format, extra))
            print(f"{n:,} rights, --format {args.format}, medians of {args.repeat}:")
            for name, runs in got.items():
                cpu = statistics.median(r[0] for r in runs)
                rss = statistics.median(r[1] for r in runs)
                print(f"  {name:10} CPU {cpu:8.2f} s   peak RSS {rss:8.1f} MB")


if __name__ == "__main__":
    main()
