"""``ipprules.coverage`` is the function and the package: callable in any import order."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]

FIRST = {
    "nothing": "",
    "the class": "ipprules.Coverage",
    "the diff": "ipprules.coverage_diff",
    "the planner": "import ipprules.planner",
    "the package": "import ipprules.coverage",
}


@pytest.mark.parametrize("first", list(FIRST))
def test_coverage_is_callable_whatever_was_imported_first(first: str) -> None:
    code = (
        "import ipprules\n"
        f"{FIRST[first]}\n"
        "plan = ipprules.read_plan('examples/portfolio.toml')\n"
        "cov = ipprules.coverage(plan, as_of='2026-11-23')\n"
        "print(type(cov).__name__, cov.summary().rights_usable_nowhere)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Coverage ('tm-app', 'design-cn')"
