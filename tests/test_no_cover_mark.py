"""The root conftest.py drops pytest-cov's ``no_cover`` mark when coverage is off: pytest-cov
7.1 fails a marked test under ``--no-cov`` (it pauses a coverage controller never made)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_MARKED = """
import pytest


@pytest.mark.no_cover
def test_marked():
    assert sum([1, 2]) == 3
"""


def test_a_no_cover_test_runs_under_no_cov(tmp_path: Path) -> None:
    shutil.copy(ROOT / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    (tmp_path / "test_marked.py").write_text(_MARKED, encoding="utf-8")
    # as `pytest --no-cov` runs with pyproject's addopts (--cov=...), and with coverage on
    for options in (["--cov=ipprules", "--no-cov"], ["--cov=ipprules", "--cov-report="]):
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-n", "0", *options],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
        assert "1 passed" in done.stdout
