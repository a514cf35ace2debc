"""Choose the test files that can run untraced without losing a measured branch.

Usage, from the checkout (two steps, about 25 minutes on two cores):

    python -m pytest --cov-context=test --durations=0 --durations-min=0 > /tmp/run.log
    python .ci/untraced.py .coverage /tmp/run.log > tests/untraced.txt

The first run records, for each line and branch of ``ipprules``, which tests reached it
(pytest-cov's per-test contexts) and how long each test took. This script then walks the test
files from the slowest to the quickest and lists a file when every arc it reaches is reached by
another file still traced (doctests, the ``docs/`` pages and code run while collecting always
count as traced). The root ``conftest.py`` runs the listed files' tests untraced, so the
measured coverage is the same and the traced run is shorter.
"""

from __future__ import annotations

import collections
import re
import sqlite3
import sys


def _test_file(context: str) -> str:
    """The test file of a pytest-cov context (``tests/x.py::test_y[1]|run`` -> ``tests/x.py``)."""
    return context.split("::", 1)[0]


def _durations(log: str) -> dict[str, float]:
    """Seconds per test file, from pytest's ``--durations=0`` lines (``0.12s call t.py::y``)."""
    line = re.compile(r"^\s*([0-9.]+)s\s+(?:setup|call|teardown)\s+(\S+?)::")
    per_file: dict[str, float] = collections.Counter()
    with open(log, encoding="utf-8", errors="replace") as handle:
        for text in handle:
            if (found := line.match(text)) is not None:
                per_file[found.group(2)] += float(found.group(1))
    return per_file


def reached_by_file(database: str) -> dict[str, set[tuple[int, int, int]]]:
    """The arcs (file id, from line, to line) each test file's tests reached, from a coverage
    data file written with per-test contexts; ``""`` holds what ran outside any test."""
    connection = sqlite3.connect(database)
    try:
        contexts = dict(connection.execute("select id, context from context"))
        reached: dict[str, set[tuple[int, int, int]]] = collections.defaultdict(set)
        for file_id, context_id, start, end in connection.execute(
            "select file_id, context_id, fromno, tono from arc"
        ):
            reached[_test_file(contexts[context_id])].add((file_id, start, end))
    finally:
        connection.close()
    return reached


def choose(reached: dict[str, set[tuple[int, int, int]]], seconds: dict[str, float]) -> list[str]:
    """The test modules that can run untraced, slowest first considered: a module is taken when
    every arc it reaches is reached by another unit still traced (doctests, ``docs/`` pages and
    what ran outside any test are never taken)."""
    counts: collections.Counter[tuple[int, int, int]] = collections.Counter()
    for arcs in reached.values():
        counts.update(arcs)
    candidates = [name for name in reached if name.startswith("tests/") and name.endswith(".py")]
    candidates.sort(key=lambda name: (-seconds.get(name, 0.0), name))
    untraced = []
    for name in candidates:
        arcs = reached[name]
        if all(counts[arc] > 1 for arc in arcs):
            counts.subtract(arcs)
            untraced.append(name)
    return sorted(untraced)


def main(database: str, log: str) -> None:
    seconds = _durations(log)
    reached = reached_by_file(database)
    untraced = choose(reached, seconds)
    saved = sum(seconds.get(name, 0.0) for name in untraced)
    total = sum(seconds.values())
    modules = sum(1 for name in reached if name.startswith("tests/") and name.endswith(".py"))
    print(f"# {len(untraced)} of {modules} traced test files reach no arc others miss;")
    print(f"# their tests took {saved:.0f} s of the {total:.0f} s measured (.ci/untraced.py)")
    for name in untraced:
        print(name)


if __name__ == "__main__":
    main(*sys.argv[1:3])
