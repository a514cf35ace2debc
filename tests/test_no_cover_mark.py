"""The root conftest.py runs a ``no_cover`` test untraced in one process and in xdist workers
(pytest-cov 7.1 paused its tracer in one process only), and drops the mark when coverage is
off (pytest-cov 7.1 fails a marked test under ``--no-cov``: it pauses a controller never
made)."""

from __future__ import annotations

import re
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


_TRACED = """
import sys

import pytest


def test_traced():
    assert sys.gettrace() is not None


@pytest.mark.parametrize("case", ["a|b", "c"])
def test_listed_function(case):
    assert sys.gettrace() is None
"""


def test_a_file_tests_untraced_txt_names_runs_untraced(tmp_path: Path) -> None:
    """``tests/untraced.txt`` (written by ``.ci/untraced.py``) names files and functions whose
    tests run untraced in the coverage run, in a worker as in the suite; the rest stay traced."""
    shutil.copy(ROOT / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "pytest.ini").write_text("[pytest]\n", encoding="utf-8")
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "untraced.txt").write_text(
        "# comment\ntest_listed.py\ntest_traced.py::test_listed_function\n", "utf-8"
    )
    (tmp_path / "test_listed.py").write_text(_LISTED, encoding="utf-8")
    (tmp_path / "test_traced.py").write_text(_TRACED, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-n", "1", "--cov=ipprules"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "4 passed" in done.stdout


def test_the_untraced_list_names_existing_tests_once_in_order() -> None:
    from _scripts import load

    listing = (ROOT / "tests" / "untraced.txt").read_text(encoding="utf-8").splitlines()
    names = [line for line in listing if line and not line.startswith("#")]
    assert names == sorted(set(names))
    assert load("conftest.py").untraced_files() == frozenset(names)
    for name in names:
        path, _, function = name.partition("::")
        assert path.startswith("tests/") and Path(path).name.startswith("test_"), name
        assert (ROOT / path).is_file(), f"{name} is listed in tests/untraced.txt but gone"
        if function:  # a test function (or Class::method) of the file, maybe bound by a
            # table's factory (``test_row, ... = table_tests(ALL)``)
            text = (ROOT / path).read_text(encoding="utf-8")
            word = re.escape(function.rpartition("::")[2])
            assert re.search(rf"\b{word}\b", text), f"{name}: no such test"


def test_untraced_takes_a_test_only_when_others_reach_each_of_its_arcs() -> None:
    """``.ci/untraced.py``'s choice on a small coverage record: the slowest test function
    first; one that another still-traced unit does not back up on one arc stays traced;
    doctests, ``docs/`` pages and code run outside any test are never taken; a file whose
    every function was taken is listed whole, else its taken functions that took long enough."""
    from _scripts import load

    untraced = load(".ci/untraced.py")
    a, b, c, d = (1, 1, 2), (1, 2, 3), (1, 3, -1), (2, -1, 1)
    slow, mid, quick = (
        "tests/test_s.py::test_slow",
        "tests/test_m.py::test_mid",
        "tests/test_s.py::test_quick",
    )
    reached = {
        slow: {a, b},
        mid: {a},
        quick: {b, c},
        "src/ipprules/x.py": {c, d},
        "": {d},
        "docs/p.md": {b},
    }
    seconds = {slow: 9.0, mid: 5.0, quick: 1.0}
    # slow: a in mid, b in quick and docs -> taken; mid: a now only its own -> kept;
    # quick: b in docs, c in the doctest -> taken
    assert untraced.choose(reached, seconds) == [quick, slow]
    assert untraced.listing([quick, slow], reached, seconds) == ["tests/test_s.py"]
    # quick first considered: it goes; mid (unmeasured, by name) goes; slow, the last to
    # reach a, stays; test_s.py is then listed by its functions that took long enough
    assert untraced.choose(reached, {quick: 9.0}) == [mid, quick]
    assert untraced.listing([mid, quick], reached, {quick: 9.0}) == ["tests/test_m.py", quick]
    assert untraced.listing([mid, quick], reached, {quick: 0.1}) == ["tests/test_m.py"]
    assert untraced.choose({"tests/t.py::test_only": {a}, "": set()}, {}) == []


def test_untraced_reads_per_test_contexts_and_durations(tmp_path: Path) -> None:
    import sqlite3

    from _scripts import load

    untraced = load(".ci/untraced.py")
    database = tmp_path / ".coverage"
    with sqlite3.connect(database) as connection:
        connection.executescript(
            "create table context (id integer primary key, context text);"
            "create table arc (file_id integer, context_id integer, fromno integer, tono integer);"
            "insert into context values (1, ''), (2, 'tests/t.py::test_a[1|2]|run'),"
            " (3, 'tests/t.py::test_a[3]|setup'), (4, 'src/ipprules/m.py::ipprules.m.f|run'),"
            " (5, 'tests/t.py::TestK::test_b|run');"
            "insert into arc values (7, 1, -1, 1), (7, 2, 1, 2), (7, 3, 2, 3), (8, 4, 5, 6),"
            " (8, 5, 6, 7);"
        )
    connection.close()
    assert dict(untraced.reached_by_unit(str(database))) == {
        "": {(7, -1, 1)},
        "tests/t.py::test_a": {(7, 1, 2), (7, 2, 3)},
        "tests/t.py::TestK::test_b": {(8, 6, 7)},
        "src/ipprules/m.py": {(8, 5, 6)},
    }
    log = tmp_path / "run.log"
    log.write_text(
        "0.50s call     tests/t.py::test_a[1|2]\n0.25s setup    tests/t.py::test_a[3]\n"
        "noise\n1.00s call tests/t.py::TestK::test_b\n",
        "utf-8",
    )
    assert untraced._durations(str(log)) == {
        "tests/t.py::test_a": 0.75,
        "tests/t.py::TestK::test_b": 1.0,
    }
