"""Hostile use, sweep 20: ``--help`` and ``--version`` onto an output that refuses them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from ipprules.cli import main


def _run(argv: list[str], stdout: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ipprules", *argv],
        stdout=stdout,  # type: ignore[arg-type]
        stderr=subprocess.PIPE,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.no_cover
@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
@pytest.mark.parametrize(
    "argv", [["--help"], ["--version"], ["plan", "--help"], ["rules", "platform", "-h"]]
)
def test_help_onto_a_full_disk_is_an_error(argv: list[str]) -> None:
    """argparse drops an error writing its help: ``ipprules --help > /dev/full`` lost the text
    and exited 0, where a command's output that cannot be written is exit code 2."""
    with open("/dev/full", "w", encoding="utf-8") as full:
        done = _run(argv, full)
    assert done.returncode == 2
    assert done.stderr == (
        "ipprules: error: <stdout>: cannot write the output: No space left on device\n"
    )


def test_help_into_a_closed_pipe_is_quiet() -> None:
    """``ipprules plan --help | head -1``: no BrokenPipeError, the exit code of the help."""
    done = subprocess.Popen(
        [sys.executable, "-m", "ipprules", "plan", "--help"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert done.stdout is not None and done.stderr is not None
    first = done.stdout.readline()
    done.stdout.close()
    err = done.stderr.read()
    assert done.wait(timeout=60) == 0
    assert first.startswith("usage: ipprules plan") and err == ""


def test_help_in_process_still_prints_and_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.startswith("ipprules ")
    with pytest.raises(SystemExit) as info:
        main(["explain", "--bogus-option-x"])
    assert info.value.code == 2
    assert "unrecognized arguments: --bogus-option-x" in capsys.readouterr().err
