"""Choose the tests that can run untraced without losing a measured branch.

Usage, from the checkout (two steps; the first is a whole run of the suite, about twice its
usual time):

    python -m pytest --cov-context=test --durations=0 --durations-min=0 > /tmp/run.log
    python .ci/untraced.py .coverage /tmp/run.log > tests/untraced.txt

The first run records, for each line and branch of ``ipprules``, which tests reached it
(pytest-cov's per-test contexts) and how long each test took. This script then walks the test
functions (a parametrized function's cases together) from the slowest to the quickest and
takes one when every arc it reaches is reached by another unit still traced (doctests, the
``docs/`` pages and code run while collecting always count as traced). It lists a file whose
every function was taken, and the taken functions of other files that took at least
:data:`MIN_SECONDS`. The root ``conftest.py`` runs the listed tests untraced: the measured
coverage is the same, and the traced run is shorter.
"""

from __future__ import annotations

import collections
import re
import sqlite3
import sys

#: A taken function of a file that stays traced is listed only if it took this long (seconds,
#: setup and teardown included): the list stays short, and a quick test costs the tracer little.
MIN_SECONDS = 0.5

Arc = tuple[int, int, int]


def unit_of(test: str) -> str:
    """The unit a test belongs to: ``tests/x.py::test_y`` for a test module's test (its
    parameters and pytest-cov's ``|run`` dropped), else the file (a doctest's, a docs page's;
    ``""`` for code run outside any test)."""
    node = test.rpartition("|")[0] if "|" in test else test
    path, _, name = node.partition("::")
    if not (path.startswith("tests/") and path.endswith(".py") and name):
        return path
    return f"{path}::{name.partition('[')[0]}"


def _durations(log: str) -> dict[str, float]:
    """Seconds per unit, from pytest's ``--durations=0`` lines (``0.12s call t.py::y``)."""
    line = re.compile(r"^\s*([0-9.]+)s\s+(?:setup|call|teardown)\s+(\S+::\S+)")
    seconds: dict[str, float] = collections.Counter()
    with open(log, encoding="utf-8", errors="replace") as handle:
        for text in handle:
            if (found := line.match(text)) is not None:
                seconds[unit_of(found.group(2))] += float(found.group(1))
    return seconds


def reached_by_unit(database: str) -> dict[str, set[Arc]]:
    """The arcs (file id, from line, to line) each unit's tests reached, from a coverage data
    file written with per-test contexts."""
    connection = sqlite3.connect(database)
    try:
        contexts = {key: unit_of(name) for key, name in connection.execute("select * from context")}
        reached: dict[str, set[Arc]] = collections.defaultdict(set)
        for file_id, context_id, start, end in connection.execute(
            "select file_id, context_id, fromno, tono from arc"
        ):
            reached[contexts[context_id]].add((file_id, start, end))
    finally:
        connection.close()
    return reached


def choose(reached: dict[str, set[Arc]], seconds: dict[str, float]) -> list[str]:
    """The test functions that can run untraced, slowest first considered: one is taken when
    every arc it reaches is reached by another unit still traced (doctests, ``docs/`` pages and
    what ran outside any test are never taken)."""
    counts: collections.Counter[Arc] = collections.Counter()
    for arcs in reached.values():
        counts.update(arcs)
    candidates = [name for name in reached if "::" in name]
    candidates.sort(key=lambda name: (-seconds.get(name, 0.0), name))
    untraced = []
    for name in candidates:
        arcs = reached[name]
        if all(counts[arc] > 1 for arc in arcs):
            counts.subtract(arcs)
            untraced.append(name)
    return sorted(untraced)


def listing(
    chosen: list[str], reached: dict[str, set[Arc]], seconds: dict[str, float]
) -> list[str]:
    """The lines of ``tests/untraced.txt``: a file all of whose measured functions were chosen,
    else each chosen function of it that took at least :data:`MIN_SECONDS`."""
    functions: dict[str, set[str]] = collections.defaultdict(set)
    for name in reached:
        if "::" in name:
            functions[name.partition("::")[0]].add(name)
    taken = set(chosen)
    lines = []
    for path in sorted(functions):
        if functions[path] <= taken:
            lines.append(path)
        else:
            lines += sorted(
                name for name in functions[path] & taken if seconds.get(name, 0.0) >= MIN_SECONDS
            )
    return lines


def main(database: str, log: str) -> None:
    seconds = _durations(log)
    reached = reached_by_unit(database)
    lines = listing(choose(reached, seconds), reached, seconds)
    listed = set(lines)
    saved = sum(
        time
        for name, time in seconds.items()
        if name in listed or name.partition("::")[0] in listed
    )
    print("# Written by .ci/untraced.py (see its docstring); the root conftest.py runs these")
    print(
        f"# untraced. Their tests took {saved:.0f} s of the {sum(seconds.values()):.0f} s measured."
    )
    for line in lines:
        print(line)


if __name__ == "__main__":
    main(*sys.argv[1:3])
