"""The benchmark scripts refuse numeric options they cannot measure with (exit code 2, one line
naming the option), before any work: each was a traceback (``IndexError``, ``KeyError:
'account'``, ``StatisticsError``, ``UnboundLocalError``...), a run that never ended
(``--memory-partition-rows 0,5``) or a figure of nothing (``reading.py --n 0`` measured one
blank line; ``--memory-n 5,5`` read "1.00x: met")."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("script", "options", "message"),
    [
        ("scale.py", ["--n", "0"], "--n, --accounts and --rows-per-account must be at least 1"),
        ("scale.py", ["--accounts", "-1"], "--n, --accounts and --rows-per-account"),
        ("scale.py", ["--rows-per-account", "0"], "--n, --accounts and --rows-per-account"),
        ("scale.py", ["--distinct", "-3"], "--distinct must be 0"),
        ("scale.py", ["--memory-n", "junk"], "--memory-n takes two whole numbers"),
        ("scale.py", ["--memory-n", "1000"], "--memory-n takes two whole numbers"),
        ("scale.py", ["--memory-n", "1000,1000"], "--memory-n takes two different input sizes"),
        ("scale.py", ["--memory-partition-rows", "0,5"], "--memory-partition-rows takes two"),
        ("reading.py", ["--n", "0"], "--rounds and --n must be at least 1"),
        ("reading.py", ["--rounds", "0"], "--rounds and --n must be at least 1"),
        ("coverage.py", ["--repeat", "0"], "--repeat and --rights must be at least 1"),
        ("coverage.py", ["--rights", "-1"], "--repeat and --rights must be at least 1"),
    ],
)
def test_a_number_the_benchmark_cannot_use_is_refused(
    script: str, options: list[str], message: str
) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script), *options],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 2, done.stderr
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


def test_the_reading_benchmark_refuses_an_empty_file(tmp_path: Path) -> None:
    """``--input`` of 0 bytes: ``ZeroDivisionError`` before; now one line naming it."""
    empty = tmp_path / "urls.txt"
    empty.write_bytes(b"")
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "reading.py"), "--input", str(empty)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr == f"{empty}: no lines to measure (the file is empty)\n"
