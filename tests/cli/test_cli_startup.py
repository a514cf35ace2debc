"""A command run imports its own command module and what it uses, not every command's: the
others' modules (the listing parser and the scale-out modules of ``listings`` and ``plan``,
the planner for ``explain``) cost each run about 60-150 ms of start-up. The output is the
same as with every command registered."""

from __future__ import annotations

import subprocess
import sys

import pytest

#: Modules no run of the command needs (``explain`` of a finding code needs no planner).
NOT_NEEDED = {
    ("deadline", "takedown", "--on", "2022-01-19"): (
        "ipprules.cli.plan",
        "ipprules.cli.listings",
        "ipprules.scale",
        "ipprules.listings.parser",
    ),
    ("rules", "--as-of", "2023-05-01"): ("ipprules.cli.plan", "ipprules.scale"),
    ("explain", "evidence-missing"): ("ipprules.planner.engine", "ipprules.scale"),
}


def _run(argv: tuple[str, ...]) -> tuple[int, str, list[str]]:
    code = (
        "import io, sys, contextlib\n"
        "from ipprules.cli import main\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        f"    rc = main({list(argv)!r})\n"
        "print(rc)\n"
        "print(','.join(sorted(m for m in sys.modules if m.startswith('ipprules'))))\n"
        "print(out.getvalue(), end='')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    rc, modules, output = done.stdout.split("\n", 2)
    return int(rc), output, modules.split(",")


@pytest.mark.no_cover
@pytest.mark.parametrize("argv", sorted(NOT_NEEDED))
def test_a_command_imports_only_what_it_uses(argv: tuple[str, ...]) -> None:
    rc, output, modules = _run(argv)
    assert rc == 0 and output
    loaded = [m for m in NOT_NEEDED[argv] if m in modules]
    assert loaded == []


@pytest.mark.no_cover
@pytest.mark.parametrize("argv", sorted(NOT_NEEDED))
def test_the_output_is_that_of_every_command_registered(argv, capsys, monkeypatch) -> None:
    """The same run with every command's parser built (as ``ipprules --help`` builds them)."""
    import ipprules.cli as cli

    rc, output, _ = _run(argv)
    every = cli._parsers
    monkeypatch.setattr(cli, "_parsers", lambda only=None: every())
    assert cli.main(list(argv)) == rc
    assert capsys.readouterr().out == output
