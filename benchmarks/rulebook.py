"""Import cost of ``import ipprules`` and the first full rule-book load.

Each measurement runs in a fresh interpreter (the cost is paid once per process),
repeated, and the median is printed beside its baseline from the same run:

* import: ``import attrs, cattrs, dateutil`` alone vs the same plus ``import ipprules``
  (target: ipprules adds <= 30 ms);
* first load: ``ipprules.default_rulebook()`` after the imports, which parses and validates
  every rule file (target: <= 50 ms), beside a bare ``json.loads`` of the same files.

Run: ``python benchmarks/rulebook.py [--runs 15]``
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys

DEPS = "import attrs, cattrs, dateutil.relativedelta"

TIMER = r"""
import time
t0 = time.perf_counter()
{setup}
t1 = time.perf_counter()
{body}
t2 = time.perf_counter()
print((t1 - t0) * 1e3, (t2 - t1) * 1e3)
"""

BARE_JSON = """
import json, pathlib, ipprules
folder = pathlib.Path(ipprules.__file__).parent / "rulebook" / "data"
for f in sorted(folder.glob("*.json")):
    json.loads(f.read_text("utf-8"))
"""


def measure(setup: str, body: str, runs: int) -> tuple[float, float]:
    first, second = [], []
    code = TIMER.format(setup=setup, body=body)
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.split()
        first.append(float(out[0]))
        second.append(float(out[1]))
    return statistics.median(first), statistics.median(second)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    subprocess.run(
        [sys.executable, "-c", "import ipprules; ipprules.default_rulebook()"], check=True
    )  # warm the bytecode caches
    deps, with_ipprules = measure(DEPS, "import ipprules", args.runs)
    _, load = measure(f"{DEPS}\nimport ipprules", "ipprules.default_rulebook()", args.runs)
    _, bare = measure(f"{DEPS}\nimport ipprules", BARE_JSON, args.runs)
    print(f"runs per figure: {args.runs} (medians, fresh interpreter each run)")
    print(f"import attrs+cattrs+dateutil (baseline)   {deps:8.1f} ms")
    print(f"import ipprules on top of them            {with_ipprules:8.1f} ms   target <= 30 ms")
    print(f"first full rule-book load                 {load:8.1f} ms   target <= 50 ms")
    print(f"bare json.loads of the same files         {bare:8.1f} ms   (baseline)")


if __name__ == "__main__":
    main()
