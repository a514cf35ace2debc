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

        self.nodeid = "tests/test_x.py::test_y"
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


_LISTED = """
import sys


def test_listed_file_runs_untraced():
    assert sys.gettrace() is None
"""


def test_a_file_tests_untraced_txt_names_runs_untraced(tmp_path: Path) -> None:
    """``tests/untraced.txt`` (written by ``.ci/untraced.py``) names files whose tests run
    untraced in the coverage run, in a worker as in the suite; the others stay traced."""
    shutil.copy(ROOT / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "untraced.txt").write_text("# comment\ntest_listed.py\n", "utf-8")
    (tmp_path / "test_listed.py").write_text(_LISTED, encoding="utf-8")
    (tmp_path / "test_traced.py").write_text(
        "import sys\n\n\ndef test_traced():\n    assert sys.gettrace() is not None\n", "utf-8"
    )
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-n", "1", "--cov=ipprules"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "2 passed" in done.stdout


def test_the_untraced_list_names_existing_test_modules_once_in_order() -> None:
    from _scripts import load

    listing = (ROOT / "tests" / "untraced.txt").read_text(encoding="utf-8").splitlines()
    names = [line for line in listing if line and not line.startswith("#")]
    assert names == sorted(set(names))
    assert load("conftest.py").untraced_files() == frozenset(names)
    for name in names:
        assert name.startswith("tests/") and name.endswith(".py"), name
        assert Path(name).name.startswith("test_"), name
        assert (ROOT / name).is_file(), f"{name} is listed in tests/untraced.txt but gone"


def test_untraced_takes_a_module_only_when_others_reach_each_of_its_arcs() -> None:
    """``.ci/untraced.py``'s choice on a small coverage record: the slowest module first; a
    module another still-traced unit does not back up on one arc stays traced; doctests,
    ``docs/`` pages and code run outside any test are never taken."""
    from _scripts import load

    choose = load(".ci/untraced.py").choose
    a, b, c, d = (1, 1, 2), (1, 2, 3), (1, 3, -1), (2, -1, 1)
    reached = {
        "tests/test_slow.py": {a, b},
        "tests/test_mid.py": {a},
        "tests/test_quick.py": {b, c},
        "src/ipprules/x.py": {c, d},
        "": {d},
        "docs/page.md": {b},
    }
    seconds = {"tests/test_slow.py": 9.0, "tests/test_mid.py": 5.0, "tests/test_quick.py": 1.0}
    # slow: a in mid, b in quick and docs -> taken; mid: a now only its own -> kept;
    # quick: b in docs, c in the doctest -> taken
    assert choose(reached, seconds) == ["tests/test_quick.py", "tests/test_slow.py"]
    # the quick module first considered: it goes; then mid (unmeasured, by name) goes, and
    # slow, the last to reach a, stays traced
    assert choose(reached, {"tests/test_quick.py": 9.0}) == [
        "tests/test_mid.py",
        "tests/test_quick.py",
    ]
    assert choose({"tests/test_only.py": {a}, "": set()}, {}) == []


def test_untraced_reads_per_test_contexts_from_a_coverage_file(tmp_path: Path) -> None:
    import sqlite3

    from _scripts import load

    untraced = load(".ci/untraced.py")
    database = tmp_path / ".coverage"
    with sqlite3.connect(database) as connection:
        connection.executescript(
            "create table context (id integer primary key, context text);"
            "create table arc (file_id integer, context_id integer, fromno integer, tono integer);"
            "insert into context values (1, ''), (2, 'tests/t.py::test_a[1]|run'),"
            " (3, 'tests/t.py::test_b|setup'), (4, 'src/ipprules/m.py::ipprules.m.f|run');"
            "insert into arc values (7, 1, -1, 1), (7, 2, 1, 2), (7, 3, 2, 3), (8, 4, 5, 6);"
        )
    connection.close()
    assert dict(untraced.reached_by_file(str(database))) == {
        "": {(7, -1, 1)},
        "tests/t.py": {(7, 1, 2), (7, 2, 3)},
        "src/ipprules/m.py": {(8, 5, 6)},
    }
    log = tmp_path / "run.log"
    log.write_text(
        "0.50s call     tests/t.py::test_a[1]\n0.25s setup    tests/t.py::test_b\nnoise\n",
        "utf-8",
    )
    assert untraced._durations(str(log)) == {"tests/t.py": 0.75}
