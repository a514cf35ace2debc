"""Round 17 of the review of the Dask surfaces: the commands the Scaling out page shows run
as written, on files shipped in ``examples/``, and print what the page says."""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import Any

import pytest
from scale_cluster import cluster_client  # noqa: F401  (the fixture "client")

from ipprules.cli import main

pytest.importorskip("dask.dataframe")
pytest.importorskip("distributed")

ROOT = Path(__file__).parents[2]
PAGE = ROOT / "docs" / "scaling.md"


def _commands() -> list[list[str]]:
    """The ``ipprules ...`` lines of the page's command blocks (```text)."""
    text = PAGE.read_text(encoding="utf-8")
    blocks = re.findall(r"```text\n(.*?)```", text, flags=re.S)
    return [
        shlex.split(line)
        for block in blocks
        for line in block.replace("\\\n", " ").splitlines()
        if line.startswith("ipprules ")
    ]


@pytest.mark.no_cover
def test_the_page_s_commands_run_on_shipped_files_and_print_what_it_says(
    client: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    """The block named ``crawl/*.parquet``, ``queue/*.csv`` and ``plans/`` (no such files
    are shipped) and a scheduler at 10.0.0.5: a new user could run none of it (review17).
    Each command runs from the repository's root (here a copy of ``examples/``), on this
    session's cluster in place of ``--workers 2``, and prints the line the page quotes."""
    commands = _commands()
    assert [argv[1] for argv in commands] == ["listings", "listings", "plan"]
    (tmp_path / "examples").symlink_to(ROOT / "examples", target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    text = PAGE.read_text(encoding="utf-8")
    for argv in commands:
        assert "--workers" in argv
        at = argv.index("--workers")
        argv[at : at + 2] = ["--scheduler", client.scheduler.address]
        code = main(argv[1:])
        out = capsys.readouterr().out
        assert code == 1, out  # some inputs are rejected, as the page says
        summary = out.splitlines()[0 if argv[1] == "listings" else 1]
        shown = summary.split(" (")[0]  # the page elides the rejection codes
        assert f"`{shown}" in " ".join(text.split()), summary
        target = argv[argv.index("--out") + 1]
        assert any((tmp_path / target).rglob("*.parquet"))
