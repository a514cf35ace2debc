"""The benchmark scripts refuse ``-`` (standard input) as a user's file, with exit code 2 and
one line: they keep every input in memory and read the file again by its name, so an endless
``yes | python benchmarks/listings.py --input -`` grew until a ``MemoryError`` traceback (and
``plan.py`` would have run its CLI figures on an empty stdin)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
URL = b"https://item.taobao.com/item.htm?id=606832683299\n"


@pytest.mark.parametrize(
    ("script", "options"),
    [
        ("listings.py", ["--rounds", "1", "--input", "-"]),
        ("plan.py", ["--skip", "time", "memory", "cli", "--input", "-"]),
        ("plan.py", ["--skip", "time", "memory", "--plan", "-"]),
        ("good_faith.py", ["--rounds", "1", "--history", "-"]),
        ("scale.py", ["--skip-goodfaith", "--skip-memory", "--input", "-"]),
    ],
)
def test_standard_input_is_refused_before_it_is_read(script: str, options: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / script), *options],
        input=URL * 200_000,  # 10 MB waiting: none of it is read
        capture_output=True,
        timeout=60,
        check=False,
        cwd=ROOT,
    )
    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert "standard input cannot be measured" in err
    assert "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
