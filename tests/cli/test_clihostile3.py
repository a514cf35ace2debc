"""Sweep clihostile3: every subcommand's input-taking options against hostile files and values.

The sweep (a directory, FIFOs, devices, a symbolic link loop, deep nesting, a TOML document of
a million keys, UTF-16, GB18030, NUL bytes, absurd dates and numbers, empty, blank and 10 kB
values, for every option of ``ipprules --help``) found the escapes below; each test runs the
CLI in-process and wants exit code 2 with one error line naming the option and the path, before
anything is started or read.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ipprules.cli import main

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
_ACCOUNT = str(EXAMPLES / "planner-account.toml")

#: The runs on Dask that write Parquet under ``--out`` (``OUT`` is the hostile path).
_PARQUET = {
    "listings": ["listings", str(EXAMPLES / "urls.txt"), "--workers", "1", "--out", "OUT"],
    "plan": [
        "plan",
        str(EXAMPLES / "planner-accounts.csv"),
        "--account",
        _ACCOUNT,
        "--as-of",
        "2024-01-02",
        "--workers",
        "1",
        "--out",
        "OUT",
    ],
}


def _link(tmp_path: Path, kind: str) -> Path:
    """A symbolic link that loops on itself, or one to a folder that does not exist."""
    link = tmp_path / kind
    link.symlink_to(link if kind == "loop" else tmp_path / "gone" / "out")
    return link


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
@pytest.mark.parametrize("command", sorted(_PARQUET))
@pytest.mark.parametrize(
    ("kind", "said"),
    [
        ("loop", "cannot use {out}: Too many levels of symbolic links"),
        ("dangling", "{out} is a link to a folder that does not exist"),
    ],
)
def test_out_a_broken_link_is_refused_before_dask_starts(
    command: str, kind: str, said: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A loop was refused only after the whole run, as ``File exists`` (listings) or as a
    write error under it (plan); a link to nothing the same. One machine's ``plan --out``
    refuses both at once: so does the Parquet writer's check now."""
    out = _link(tmp_path, kind)
    argv = [str(out) if a == "OUT" else a for a in _PARQUET[command]]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "Dask dashboard" not in err, err
    assert err.startswith("ipprules: error: --out: " + said.format(out=out)), err
    assert os.path.islink(out) and not (tmp_path / "gone").exists()  # nothing was made
