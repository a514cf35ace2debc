"""cov23: coverage at scale (the CLI writes JSON and CSV a cell at a time, the same text as
the whole document), and an empty portfolio's answer pinned."""

from __future__ import annotations

import csv
import io
import json

import pytest

import ipprules
from ipprules.cli import main
from ipprules.coverage import Coverage

ARGS = ["coverage", "examples/portfolio.toml", "--as-of", "2026-12-02", "--horizon", "1y"]

EMPTY = """\
as_of = 2026-12-02
[account]
name = "Lumen Optics"
location = "mainland_china"
identity = "enterprise"
category = "right_holder"
documents = ["business_registration"]
"""


def _whole_is_not_built(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(self: Coverage) -> None:
        raise AssertionError("the CLI built the whole document")

    monkeypatch.setattr(Coverage, "as_dict", refused)
    monkeypatch.setattr(Coverage, "to_dict", refused)
    monkeypatch.setattr(Coverage, "to_records", refused)


@pytest.mark.parametrize("reading", ["brief", "official"])
def test_the_json_is_written_cell_by_cell_and_is_the_whole_document(
    reading: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    portfolio = ipprules.read_plan("examples/portfolio.toml")
    whole = ipprules.coverage(
        portfolio, as_of="2026-12-02", horizon="1y", interpretation=reading
    ).as_dict()
    assert whole["changes"] and any(c["other_readings"] for c in whole["cells"])
    _whole_is_not_built(monkeypatch)
    main([*ARGS, "--interpretation", reading, "--format", "json"])
    out = capsys.readouterr().out
    assert out == json.dumps(whole, indent=2, ensure_ascii=False) + "\n"


def test_the_csv_is_written_row_by_row_and_gives_every_record(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    portfolio = ipprules.read_plan("examples/portfolio.toml")
    records = ipprules.coverage(portfolio, as_of="2026-12-02", horizon="1y").to_records()
    _whole_is_not_built(monkeypatch)
    main([*ARGS, "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == len(records) == 144
    for row, record in zip(rows, records, strict=True):
        assert row["status"] == record["status"]
        assert row["opens"] == " ".join(record["opens"])
        assert row["changes_on"] == (
            "" if record["changes_on"] is None else str(record["changes_on"])
        )
        assert "interpretation" not in row and "rulebook" not in row


@pytest.fixture
def empty(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("cov23") / "empty.toml"
    path.write_text(EMPTY, encoding="utf-8")
    return str(path)


def test_an_empty_portfolio_is_ok_and_every_platform_is_without_a_right(
    empty: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """No right covers nothing and nothing lapses, so it is OK (exit 0); the summary still
    says no platform has a usable right (docs/coverage.md)."""
    platforms = list(ipprules.default_rulebook().as_of("2026-12-02").platforms)
    assert main(["coverage", empty, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] is True and data["cells"] == [] and data["rights"] == []
    assert data["summary"]["platforms_without_right"] == platforms
    assert data["summary"]["rights_usable_nowhere"] == []
    assert main(["coverage", empty]) == 0
    text = capsys.readouterr().out
    assert text.rstrip().endswith("OK") and "0 unknown of 0 cells" in text
    assert "no usable right (listings): 1688," in text
    assert main(["coverage", empty, "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["right"]
