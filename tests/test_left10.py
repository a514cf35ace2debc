"""left10: a vendor's small API additions (finding lines in Python, the rule book's date,
a lower item cap, an ``as_of`` argument's error)."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

import pytest

import ipprules
from ipprules.checks import placed_findings
from ipprules.cli import main

PLAN = Path(__file__).resolve().parents[1] / "examples" / "plan.toml"


def test_placed_findings_of_an_upload_give_each_finding_its_file_and_line() -> None:
    data = PLAN.read_bytes()
    upload = io.BytesIO(data)
    upload.name = "upload.toml"  # type: ignore[attr-defined]
    report = ipprules.check(ipprules.read_plan(upload), as_of="2026-11-23")
    placed = placed_findings(report, upload)  # the stream again: read from its start
    assert len(placed) == len(report.findings)
    first = placed[0]
    assert list(first)[list(first).index("path") + 1 : list(first).index("path") + 3] == [
        "file",
        "line",
    ]
    assert first["file"] == "upload.toml"
    from_path = placed_findings(report, PLAN)  # as ipprules check --format json shows them
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        main(["check", str(PLAN), "--as-of", "2026-11-23", "--format", "json"])
    shown = json.loads(out.getvalue())["findings"]
    assert [(f["path"], f["line"]) for f in placed] == [(f["path"], f["line"]) for f in shown]
    assert from_path == shown
    assert (
        first["line"] is not None
        and "[[complaints]]" in PLAN.read_text().splitlines()[first["line"] - 1]
    )


def test_placed_findings_refuse_a_stream_that_cannot_be_read_again() -> None:
    report = ipprules.check(ipprules.read_plan(PLAN), as_of="2026-11-23")

    class Once:
        def read(self, n: int = -1) -> bytes:
            return b""

    with pytest.raises(TypeError, match="seekable"):
        placed_findings(report, Once())  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="report"):
        placed_findings("report", PLAN)  # type: ignore[arg-type]
