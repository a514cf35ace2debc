"""The root conftest.py runs a ``no_cover`` test untraced in one process and in xdist workers
(pytest-cov 7.1 paused its tracer in one process only), and drops the mark when coverage is
off (pytest-cov 7.1 fails a marked test under ``--no-cov``: it pauses a controller never
made)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_MARKED = """
import sys

import pytest


@pytest.mark.no_cover
def test_marked():
    assert sys.gettrace() is None


def test_traced_again_after():
    assert sys.gettrace() is not None or "--no-cov" in sys.argv
"""


def test_a_no_cover_test_runs_untraced_and_under_no_cov(tmp_path: Path) -> None:
    shutil.copy(ROOT / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    (tmp_path / "test_marked.py").write_text(_MARKED, encoding="utf-8")
    # as `pytest --no-cov` runs with pyproject's addopts (--cov=...), and with coverage on
    for options in (
        ["-n", "0", "--cov=ipprules", "--no-cov"],
        ["-n", "0", "--cov=ipprules", "--cov-report="],
        ["-n", "1", "--cov=ipprules", "--cov-report="],  # the suite's two workers run so
    ):
        done = subprocess.run(
            [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", *options],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
        assert "2 passed" in done.stdout


class _Node:
    """A collected node as the conftest's hook sees it: its own marks and its parents."""

    def __init__(self, marks: list[str], parent: _Node | None = None) -> None:
        import pytest

        self.own_markers = [getattr(pytest.mark, name).mark for name in marks]
        self.parent = parent

    def listchain(self) -> list[_Node]:
        return [*(self.parent.listchain() if self.parent else []), self]


def test_a_modules_no_cover_mark_goes_under_no_cov_too() -> None:
    """A table of more than 60 rows carries ``pytestmark = pytest.mark.no_cover``: under
    ``--no-cov`` the mark goes from the test's module (and class) as from the test, or
    pytest-cov fails the test (it was left on the module: every such table failed)."""
    from types import SimpleNamespace

    from _scripts import load

    hook = load("conftest.py").pytest_collection_modifyitems
    module = _Node(["no_cover", "filterwarnings"])
    item = _Node(["no_cover", "parametrize"], _Node(["no_cover"], module))
    hook(SimpleNamespace(option=SimpleNamespace(no_cov=False)), [item])  # coverage on: kept
    assert all("no_cover" in [m.name for m in n.own_markers] for n in item.listchain())
    hook(SimpleNamespace(option=SimpleNamespace(no_cov=True)), [item])
    assert [[m.name for m in n.own_markers] for n in item.listchain()] == [
        ["filterwarnings"],
        [],
        ["parametrize"],
    ]
