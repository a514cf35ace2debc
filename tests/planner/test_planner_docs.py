"""The planner page shows real output: rerun the worked example and compare."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from ipprules.planner import REJECTION_REASONS

ROOT = Path(__file__).parents[2]
PAGE = (ROOT / "docs" / "planner.md").read_text(encoding="utf-8")


def test_the_worked_example_output_is_current():
    shown = re.search(r"```text\n(.*?)\n```", PAGE, re.S)
    assert shown is not None
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "ipprules",
            "plan",
            "planner-urls.csv",
            "--account",
            "planner-account.toml",
            "--strategy",
            "protect",
            "--as-of",
            "2026-11-23",
        ],
        cwd=ROOT / "examples",
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 1
    assert run.stdout.rstrip("\n") == shown.group(1)


def test_the_out_example_output_is_current():
    blocks = re.findall(
        r"```console\n\$ cd examples\n\$ (.*?)\n```\n\n```text\n(.*?)\n```", PAGE, re.S
    )
    command, shown = next((c, s) for c, s in blocks if "--out" in c)
    words = command.split()
    assert words[:2] == ["ipprules", "plan"]
    out = Path(words[words.index("--out") + 1])
    if (out / "manifest.json").exists():  # a folder that holds a plan is refused: start afresh
        shutil.rmtree(out)
    run = subprocess.run(
        [sys.executable, "-m", "ipprules", *words[1:]],
        cwd=ROOT / "examples",
        capture_output=True,
        text=True,
        check=False,
        env={"PATH": "/usr/bin:/bin", "IPPRULES_WIDTH": "0"},
    )
    assert run.returncode == 1, run.stderr
    assert run.stdout.rstrip("\n") == shown


def test_every_rejection_code_is_documented():
    for code in REJECTION_REASONS:
        assert f"| `{code}` |" in PAGE
