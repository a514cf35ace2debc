"""``benchmarks/listings.py --by-category``: the command the Performance page shows parses as
written and runs (tiny sizes here: figures are printed, not checked), on the default run's
inputs."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _scripts import load, young_gc_only  # noqa: F401  (a fixture)

#: benchmark scripts run in this process: no full collections of the suite's heap
pytestmark = pytest.mark.usefixtures("young_gc_only")

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "docs" / "performance.md"


BENCH = load("benchmarks/listings.py")


def _documented_commands() -> list[list[str]]:
    """Every ``--by-category`` command of the page, as argv after the script path."""
    found = []
    for line in PAGE.read_text(encoding="utf-8").splitlines():
        line = line.removeprefix("$ ").split("#", 1)[0].strip()
        if line.startswith("python benchmarks/listings.py") and "--by-category" in line:
            found.append(shlex.split(line)[2:])
    return found


@settings(max_examples=15, deadline=None)
@given(n=st.integers(0, 300), seed=st.integers(0, 2**32), mix=st.sampled_from(list(BENCH.MIXES)))
def test_tagged_inputs_are_the_default_runs_inputs(n: int, seed: int, mix: str) -> None:
    tagged = BENCH.build_tagged(n, seed, mix)
    assert [url for _, url in tagged] == BENCH.build(n, seed, mix)
    assert {category for category, _ in tagged} <= set(BENCH.MIXES[mix])


def test_measure_gives_a_positive_cost_per_round_for_every_category_and_the_mix() -> None:
    tagged = BENCH.build_tagged(400, 3, "pasted")
    cost = BENCH.measure_by_category(tagged, 2)
    assert set(cost) == {category for category, _ in tagged} | {BENCH.WHOLE}
    for timers in cost.values():
        assert set(timers) == {"parse", "split"}
        assert all(len(v) == 2 and all(x > 0 for x in v) for v in timers.values())


def test_the_documented_command_parses_as_written_and_runs(
    capsys: pytest.CaptureFixture[str],
) -> None:
    commands = _documented_commands()
    assert commands, "docs/performance.md shows no --by-category command"
    for argv in commands:
        args = BENCH.make_parser().parse_args(argv)
        assert args.by_category
        # the same options, smaller: the figures are not checked here, only the report's shape
        small = [*argv, "--n", "300", "--rounds", "1"]
        BENCH.main(small)
        out = capsys.readouterr().out
        assert "target" not in out  # the by-category report replaces the targets
        mixes = list(BENCH.MIXES) if args.mix == "all" else [args.mix]
        for mix in mixes:
            assert f"mix {mix!r} by category: 300 inputs" in out
        rows = re.findall(
            r"^  (.+?)\s+([\d,]+)\s+([\d.]+)%\s+([\d.]+) µs\s+([\d.]+) µs\s+([\d.]+)x\s+([\d.]+)%$",
            out,
            re.MULTILINE,
        )
        whole = [row for row in rows if row[0] == BENCH.WHOLE]
        assert len(whole) == len(mixes)
        assert all(row[1] == "300" and row[2] == "100.0" for row in whole)
        parts = [row for row in rows if row[0] != BENCH.WHOLE]
        assert sum(int(row[1].replace(",", "")) for row in parts) == 300 * len(mixes)
        assert abs(sum(float(row[6]) for row in parts) - 100 * len(mixes)) < 0.1 * len(parts)
