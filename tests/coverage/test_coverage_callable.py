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


PORTFOLIO = """
as_of = 2024-06-03
[account]
name = "Acme Ltd"
location = "elsewhere"
identity = "enterprise"
incorporated = "HK"
documents = [{ kind = "business_registration", name = "Acme Ltd", language = "en", valid_until = 2024-06-10 }]

[[rights]]
id = "tm-a"
ipr_type = "trademark"
place = "CN"
number = "1"
registrant = "Acme Ltd"
expiry_date = 2024-07-01
documents = [{ kind = "trademark_certificate", colour = true, language = "zh" }]

[[rights]]
id = "tm-b"
ipr_type = "trademark"
place = "CN"
number = "2"
registrant = "Acme Ltd"
expiry_date = 2030-01-01
documents = [{ kind = "trademark_certificate", colour = true, language = "zh" }]
"""

COMPLAINT = """
[[complaints]]
id = "c1"
platform = "taobao"
right = "tm-b"
reason = "tm_counterfeit"
supplement = "fakes"
filing_date = 2024-06-20
listings = ["https://item.taobao.com/item.htm?id=606832683299"]
"""


def test_a_plan_files_complaints_are_ignored(tmp_path: Path) -> None:
    """A whole plan file is read as a portfolio: its complaints (their rights, their filing
    dates) change nothing, and a lapse in the horizon is computed on the rights alone."""
    from ipprules import coverage
    from ipprules.checks import read_plan

    bare, full = tmp_path / "bare.toml", tmp_path / "full.toml"
    bare.write_text(PORTFOLIO, encoding="utf-8")
    full.write_text(PORTFOLIO + COMPLAINT, encoding="utf-8")
    one = coverage(read_plan(bare), platforms=["taobao"])
    two = coverage(read_plan(full), platforms=["taobao"])
    assert one.as_dict() == two.as_dict()
    assert one.cell("tm-b", "taobao").status.value == "covered"
    assert any(c.date.isoformat() == "2024-06-11" for c in two.changes)
