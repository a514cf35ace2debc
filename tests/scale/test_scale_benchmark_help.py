"""``python benchmarks/scale.py --help`` tells a new user what the script and each option do.

Before, the description was the docstring's first line, cut mid-sentence ("..., against
one"), and ten of its options had no help at all.
"""

from __future__ import annotations

import os

import pytest

from _scripts import load


def _help(capsys: pytest.CaptureFixture[str], script: str = "scale") -> str:
    """What ``python benchmarks/SCRIPT.py --help`` prints, asked in this process."""
    with pytest.raises(SystemExit) as stop:
        load(f"benchmarks/{script}.py").main(["--help"])
    assert stop.value.code == 0
    return capsys.readouterr().out


def test_the_description_is_a_whole_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    text = _help(capsys)
    description = " ".join(text.split("\n\n")[1].split())
    assert description.endswith("."), description
    assert "against one process" in description


def test_every_option_says_what_it_does(capsys: pytest.CaptureFixture[str]) -> None:
    scale = load("benchmarks/scale.py")
    parser_options: list[str] = []
    text = _help(capsys)
    options = text.split("options:", 1)[1]
    # an option's help is on its own line or on the next; an option with none has neither
    lines = options.splitlines()
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped.startswith("--"):
            continue
        parser_options.append(stripped.split()[0])
        words = stripped.split()
        has_inline = len(words) > 2 or (len(words) == 2 and not words[1].isupper())
        following = lines[i + 1] if i + 1 < len(lines) else ""
        has_next = following.startswith(" " * 10) and not following.strip().startswith("-")
        assert has_inline or has_next, f"{stripped}: no help"
    assert "--partition-rows" in parser_options and "--skip-memory" in parser_options
    assert scale.__doc__


def _options_without_help(text: str) -> list[str]:
    lines = text.split("options:", 1)[1].splitlines()
    missing = []
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped.startswith("--"):
            continue
        words = stripped.split()
        inline = len(words) > 2 or (len(words) == 2 and not words[1].isupper())
        following = lines[i + 1] if i + 1 < len(lines) else ""
        below = following.startswith(" " * 10) and not following.strip().startswith("-")
        if not (inline or below):
            missing.append(words[0])
    return missing


SCRIPTS = ["check", "coverage", "good_faith", "listings", "plan", "reading", "rulebook"]


@pytest.mark.parametrize("script", SCRIPTS)
def test_every_benchmark_option_has_help(script: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Before, coverage.py, good_faith.py, listings.py, plan.py, reading.py and rulebook.py had
    options with no help (``--repeat``, ``--rights``, ``--n``, ``--rounds``, ``--skip-csv``,
    ``--seed``, ``--runs``...). Asked in this process (each script's ``main``); one script as
    a user runs it below (a process each cost a second: since dietscale1)."""
    assert _options_without_help(_help(capsys, script)) == []


def test_a_benchmark_help_as_a_user_runs_it(capsys: pytest.CaptureFixture[str]) -> None:
    """``python benchmarks/check.py --help``: exit code 0, and the help asked in this process
    (but for the usage lines)."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "benchmarks/check.py", "--help"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "COLUMNS": "80"},
    )
    assert done.returncode == 0, done.stderr[-1000:]
    assert _options_without_help(done.stdout) == []
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("COLUMNS", "80")
        here = _help(capsys, "check")
    # past the usage lines (they name the program: this process's argv[0], wrapped by its length)
    assert done.stdout.split("\n\n", 1)[1] == here.split("\n\n", 1)[1]
