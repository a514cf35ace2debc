"""Import cost of ``import ipprules`` and the first full rule-book load.

Each measurement runs in a fresh interpreter (the cost is paid once per process),
repeated, and the median is printed beside its baseline from the same run:

* import: ``import attrs, cattrs, dateutil`` alone vs the same plus ``import ipprules``
  (target: ipprules adds <= 30 ms);
* first load: ``ipprules.default_rulebook()`` after the imports, which parses and validates
  every rule file (target: <= 50 ms), beside a bare ``json.loads`` of the same files.

and whether ``import ipprules`` parses rule data (a fresh interpreter that imports it must
hold no ``ipprules.`` submodule and no rule book: the import stays lazy). Each target is
printed with "met" or "NOT met". The bytecode of the modules a load imports is written first,
as an installed package has it (also under ``PYTHONDONTWRITEBYTECODE=1``); a module whose
bytecode cannot be written is named, and the load target then gets no verdict (every run
would time compiling it).

Run: ``python benchmarks/rulebook.py [--runs 15]``
"""

from __future__ import annotations

import argparse
import os
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


LAZY = """
import sys, ipprules
print(",".join(sorted(m for m in sys.modules if m.startswith("ipprules."))))
"""

#: the modules ``default_rulebook()`` imports on its first call (timed apart, for the split)
RULEBOOK_MODULES = "import ipprules.rulebook, ipprules.rulebook.loader"

#: the ``ipprules`` modules of a first load whose bytecode is missing or older than their
#: source (each is compiled again in every fresh interpreter that imports it)
UNCACHED = r"""
import os, sys, ipprules
ipprules.default_rulebook()
for name, module in sorted(sys.modules.items()):
    source = getattr(module, "__file__", None) or ""
    if not name.startswith("ipprules") or not source.endswith(".py"):
        continue
    try:
        with open(module.__cached__, "rb") as f:
            head = f.read(16)
    except OSError:
        print(name)
        continue
    st = os.stat(source)
    if head[4:8] != bytes(4) or int.from_bytes(head[8:12], "little") != int(st.st_mtime) & 0xFFFFFFFF:
        print(name)
"""

IMPORT_TARGET_MS = 30.0
LOAD_TARGET_MS = 50.0


def verdict(met: bool) -> str:
    return "met" if met else "NOT met"


def eager_modules() -> list[str]:
    """The ``ipprules.`` submodules a fresh ``import ipprules`` brings in (none: it parses no
    rule data and imports no engine)."""
    out = subprocess.run([sys.executable, "-c", LAZY], capture_output=True, text=True, check=True)
    return [name for name in out.stdout.strip().split(",") if name]


def warm_bytecode() -> list[str]:
    """Write the bytecode caches of the modules a first load imports (a fresh interpreter
    imports them and loads the rule book, allowed to write bytecode whatever
    ``PYTHONDONTWRITEBYTECODE`` says, as an installed package has its bytecode), then the
    ``ipprules`` modules still without current bytecode (a read-only tree): every timed run
    would compile them again. Before, the warm-up ran under the caller's environment; with
    ``PYTHONDONTWRITEBYTECODE=1`` and a source newer than its bytecode, the "first load"
    timed the compiler (194.9 ms, 177 ms of it imports, against 26 ms with bytecode)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    warm = "import ipprules; ipprules.default_rulebook()"
    subprocess.run([sys.executable, "-c", warm], check=True, env=env)
    out = subprocess.run(
        [sys.executable, "-c", UNCACHED], capture_output=True, text=True, check=True
    ).stdout
    return out.split()


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


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--runs", type=int, default=15, help="fresh interpreters per figure; medians (default 15)"
    )
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    uncached = warm_bytecode()
    deps, with_ipprules = measure(DEPS, "import ipprules", args.runs)
    _, load = measure(f"{DEPS}\nimport ipprules", "ipprules.default_rulebook()", args.runs)
    _, bare = measure(f"{DEPS}\nimport ipprules", BARE_JSON, args.runs)
    _, modules = measure(f"{DEPS}\nimport ipprules", RULEBOOK_MODULES, args.runs)
    _, parse = measure(
        f"{DEPS}\nimport ipprules\n{RULEBOOK_MODULES}", "ipprules.default_rulebook()", args.runs
    )
    eager = eager_modules()
    print(f"runs per figure: {args.runs} (medians, fresh interpreter each run)")
    print(f"import attrs+cattrs+dateutil (baseline)   {deps:8.1f} ms")
    print(f"import ipprules on top of them            {with_ipprules:8.1f} ms")
    print(f"first full rule-book load                 {load:8.1f} ms")
    print(f"  of which importing the rule-book modules {modules:8.1f} ms")
    print(f"  and reading, structuring, validating     {parse:8.1f} ms")
    print(f"bare json.loads of the same files         {bare:8.1f} ms   (baseline)")
    print(
        f"target: import ipprules adds <= {IMPORT_TARGET_MS:g} ms over its dependencies: "
        f"{with_ipprules:.1f} ms (dependencies alone {deps:.1f} ms) -> "
        f"{verdict(with_ipprules <= IMPORT_TARGET_MS)}"
    )
    print(
        "target: import ipprules parses no rule data: "
        + (f"it imports {', '.join(eager)}" if eager else "no ipprules submodule imported")
        + f" -> {verdict(not eager)}"
    )
    if uncached:  # each run compiled them again: the figures time the compiler too
        said = f"no verdict (no current bytecode for {', '.join(uncached)}: compiled every run)"
    else:
        said = verdict(load <= LOAD_TARGET_MS)
    print(
        f"target: first full rule-book load <= {LOAD_TARGET_MS:g} ms: {load:.1f} ms (bare "
        f"json.loads of the same files {bare:.1f} ms) -> {said}"
    )


if __name__ == "__main__":
    main()
