"""surf16: the CSV names each other reading's status, not only the reading (JSON has both)."""

from __future__ import annotations

import csv
import io
import json

import pytest

from ipprules.cli import main

ARGS = ["coverage", "examples/portfolio.toml", "--as-of", "2026-12-02"]


def test_the_csv_gives_the_other_readings_status_as_json_does(
    capsys: pytest.CaptureFixture[str],
) -> None:
    main([*ARGS, "--format", "json"])
    cells = json.loads(capsys.readouterr().out)["cells"]
    main([*ARGS, "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    by_key = {(r["right"], r["platform"], r["target"]): r for r in rows}
    disputed = [c for c in cells if c["other_readings"]]
    assert disputed  # tm-sg on lazada_sg differs under official (docs/coverage.md)
    for c in disputed:
        row = by_key[(c["right"], c["platform"], c["target"])]
        assert row["other_statuses"].split() == [
            f"{name}:{status}" for name, status in c["other_readings"].items()
        ]
    sg = by_key[("tm-sg", "lazada_sg", "listing")]
    assert "official:unknown" in sg["other_statuses"].split()
