"""A new user tries scale-out and the performance page as written (newuser21): what the help
of ``ipprules plan`` says its ``--out`` writes with ``--workers``/``--scheduler``."""

from __future__ import annotations

import re

from test_newuser8 import _run


def test_plan_help_says_out_writes_parquet_with_the_dask_flags() -> None:
    """``ipprules listings --help`` says ``--out`` is Parquet with the Dask flags; ``ipprules
    plan --help`` named only the CSV files written without them, while ``--workers --out DIR``
    writes ``DIR/outcomes`` and ``DIR/complaints`` as Parquet."""
    code, out, _ = _run("plan", "--help")
    assert code == 0
    entry = re.search(r"^  --out DIR(.*?)\n  --", out, re.DOTALL | re.MULTILINE)
    assert entry is not None, out
    text = " ".join(entry.group(1).split())
    assert "Parquet" in text and "outcomes" in text and "complaints" in text, text
    assert "--workers" in text, text
