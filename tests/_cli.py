"""The command line run in the test's process: ``run_cli(argv, capsys)`` gives the exit code,
stdout and stderr of ``ipprules ARGV`` (argparse's own refusals, a ``SystemExit``, as their
code), as a shell would see them."""

from __future__ import annotations

import pytest

from ipprules.cli import main


def run_cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own refusals
        code = exc.code if isinstance(exc.code, int) else 2
    out, err = capsys.readouterr()
    return code, out, err
