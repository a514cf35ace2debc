"""The package as a user installs it: its data files load through the import system.

A wheel is a zip archive; put on ``sys.path`` (a zipapp, a vendored wheel) its modules are
imported by ``zipimport`` and no data file is a path on disk. The package is zipped here
(not built: no build backend is run) and a fresh interpreter imports it from the archive.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import ipprules

PACKAGE = Path(ipprules.__file__).parent
ROOT = PACKAGE.parent.parent

_FROM_ZIP = """
import ipprules, sys
archive = sys.argv[1]
assert ipprules.__file__.startswith(archive), ipprules.__file__
rules = ipprules.default_rulebook().as_of("2022-01-20")
print(rules.deadline("counter_notice_round_2_3").amount)
print(ipprules.explain("evidence-missing").rules)
from ipprules.counternotice import catalogue
print(catalogue()["cn-purchase-outside-window"].rules)
from ipprules._codes import codes_citing
print(codes_citing("R47"))
from ipprules.checks import example_plan
print(ipprules.check(example_plan(), as_of="2026-11-23").counts())
from ipprules.cli import main
code = main(["check", "--example", "--as-of", "2026-11-23", "--format", "csv"])
print(code)
"""


def test_data_files_load_from_a_zipped_package(tmp_path: Path) -> None:
    archive = tmp_path / "ipprules.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for file in PACKAGE.rglob("*"):
            if file.is_file() and "__pycache__" not in file.parts:
                zipped.write(file, file.relative_to(PACKAGE.parent).as_posix())
    env = {**os.environ, "PYTHONPATH": str(archive)}
    done = subprocess.run(
        [sys.executable, "-c", _FROM_ZIP, str(archive)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[:5] == [
        "27",
        "('B17',)",
        "('R63',)",
        "['document-quality-unknown', 'attachment-too-large', 'attachments-too-many']",
        "{'error': 14, 'warning': 1, 'unknown': 0, 'info': 5}",
    ]
    assert lines[-1] == "1"  # findings: the example plan is broken on purpose
    placed = f"{archive}/ipprules/checks/examples/plan.toml,107,"  # the line of each finding
    assert any(line.startswith("evidence-missing,error,") and placed in line for line in lines)


def _pyproject() -> dict[str, object]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_version_is_the_projects() -> None:
    project = _pyproject()["project"]
    assert isinstance(project, dict)
    assert ipprules.__version__ == project["version"]


def test_every_extra_named_in_an_error_is_declared() -> None:
    extras = _pyproject()["project"]["optional-dependencies"]  # type: ignore[index]
    named = set()
    for file in PACKAGE.rglob("*.py"):
        text = file.read_text(encoding="utf-8")
        named |= set(re.findall(r"MissingExtra(?:Error)?\(\s*\"(\w+)\"", text))
        named |= set(re.findall(r"pip install 'ipprules\[(\w+)\]'", text))
    assert named >= {"pandas", "dask", "arrow", "holidays"}
    assert named <= set(extras), named - set(extras)


def _in_sdist(name: str) -> bool:
    """Whether the sdist's ``include`` patterns (a file or a folder each) take ``name``."""
    tool = _pyproject()["tool"]
    include = tool["hatch"]["build"]["targets"]["sdist"]["include"]  # type: ignore[index]
    return any(name == p or name.startswith(p.rstrip("/") + "/") for p in include)


def test_the_sdist_holds_what_its_tests_read_outside_their_folders() -> None:
    # the root conftest.py (Hypothesis without deadlines) and .ci/run (tests/test_ci_script.py)
    for name in ("conftest.py", ".ci/run", "README.md", "tests/test_ci_script.py"):
        assert (ROOT / name).is_file(), name
        assert _in_sdist(name), name
    assert not _in_sdist(".hypothesis/x")
