"""cov25: the coverage answer in brief (``coverage_summary``, ``ipprules coverage --summary``)
and the cells as a generator (``iter_cells``)."""

from __future__ import annotations

import csv
import io
import json
import pathlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_coverage_cov24 import _scale, track_cells
from test_coverage_properties import DAY, PLATFORMS, portfolios

import ipprules
from ipprules.cli import main
from ipprules.coverage import (
    CellRow,
    CellStatus,
    CoverageSummary,
    coverage,
    coverage_summary,
    iter_cells,
)
from ipprules.coverage.model import Cell
from ipprules.errors import InputError

ROOT = pathlib.Path(__file__).resolve().parents[2]
PORTFOLIO = ROOT / "examples" / "portfolio.toml"
AS_OF = "2026-12-02"
CHEAP = settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)


@pytest.mark.no_cover
@CHEAP
@given(portfolios(), st.sampled_from(["brief", "official"]), st.sampled_from([None, PLATFORMS]))
def test_the_summary_is_the_full_answer_s_cells_in_brief(
    plan: ipprules.Plan, reading: str, platforms: tuple[str, ...] | None
) -> None:
    """On generated portfolios, the rows made from the full answer's cells, its totals and
    its changes are the summary mode's, row for row; each row's counts are its cell's."""
    args = {"as_of": DAY, "horizon": "1y", "interpretation": reading, "platforms": platforms}
    full = coverage(plan, **args)
    brief = coverage_summary(plan, **args)
    assert brief == CoverageSummary.of(full)
    assert brief.totals == full.summary() and brief.changes == full.changes
    assert brief.ok == full.ok and brief.to_dict()["summary"] == full.as_dict()["summary"]
    for cell, row in zip(full.cells, brief.rows, strict=True):
        assert row.key == cell.key and row.status is cell.status
        assert row.reasons == len(cell.reasons) and row.opens == len(cell.opens)
        severities = [f.severity.value for f in cell.findings]
        assert (row.errors, row.unknowns, row.warnings) == (
            severities.count("error"),
            severities.count("unknown"),
            severities.count("warning"),
        )
        assert row.other_readings == cell.other_readings


@pytest.mark.no_cover
@CHEAP
@given(portfolios(), st.sampled_from(["brief", "official"]))
def test_iter_cells_gives_the_full_answer_s_cells_and_every_right(
    plan: ipprules.Plan, reading: str
) -> None:
    """``iter_cells`` yields the very cells of ``coverage(...).cells``, in order, and every
    right of the portfolio has its cells on every platform and target."""
    full = coverage(plan, as_of=DAY, interpretation=reading)
    cells = list(iter_cells(plan, as_of=DAY, interpretation=reading))
    assert cells == list(full.cells)
    per_right: dict[str, int] = {}
    for c in cells:
        per_right[c.right] = per_right.get(c.right, 0) + 1
    assert set(per_right) == {r.id for r in plan.rights}
    assert all(n == 2 * len(full.platforms) for n in per_right.values())


def test_iter_cells_checks_its_arguments_when_called_not_when_first_read() -> None:
    portfolio = ipprules.read_plan(PORTFOLIO)
    with pytest.raises(InputError, match="as-of"):
        iter_cells(portfolio, as_of="not a date")
    with pytest.raises(TypeError):
        iter_cells("examples/portfolio.toml", as_of=AS_OF)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        CellRow.of("cell")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        CoverageSummary.of(None)  # type: ignore[arg-type]


@pytest.mark.no_cover
def test_iter_cells_holds_one_right_s_cells_at_a_time(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A consumer that lets each cell go holds no more than a right's cells (and the last one
    read), however many rights: the cells are made as they are asked for."""
    path = tmp_path / "brand60.toml"
    path.write_text(_scale().brand(60), encoding="utf-8")
    most = track_cells(monkeypatch)
    n = sum(1 for _ in iter_cells(ipprules.read_plan(path)))
    assert n == 60 * 2 * 12
    assert 0 < most[0] <= 2 * 12 + 1, most


@pytest.mark.no_cover
def test_coverage_summary_keeps_no_cell(
    tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``coverage_summary`` keeps rows, not cells: at most one right's cells are alive at a
    time, and the answer holds none."""
    path = tmp_path / "brand60.toml"
    path.write_text(_scale().brand(60), encoding="utf-8")
    most = track_cells(monkeypatch)
    brief = coverage_summary(ipprules.read_plan(path))
    assert len(brief.rows) == 60 * 2 * 12 and brief.changes
    assert 0 < most[0] <= 2 * 12 + 1, most
    assert not any(isinstance(v, Cell) for row in brief.rows for v in vars_of(row))


def vars_of(row: CellRow) -> list[object]:
    return [getattr(row, name) for name in CellRow.__slots__ if name != "__weakref__"]


@pytest.mark.no_cover
@pytest.mark.parametrize("reading", ["brief", "official"])
def test_the_command_s_summary_is_the_python_summary(
    reading: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--summary`` in JSON is ``coverage_summary(...).to_dict()``, in CSV its records, in
    text its text; the exit code is the full command's."""
    portfolio = ipprules.read_plan(PORTFOLIO)
    brief = coverage_summary(portfolio, as_of=AS_OF, interpretation=reading)
    argv = ["coverage", str(PORTFOLIO), "--as-of", AS_OF, "--interpretation", reading]
    full_code = main(argv)
    capsys.readouterr()
    assert main([*argv, "--summary", "--format", "json"]) == full_code
    data = json.loads(capsys.readouterr().out)
    assert data == json.loads(json.dumps(brief.to_dict()))
    assert "cells" not in data and len(data["rows"]) == 144
    assert all("findings" not in row for row in data["rows"])
    assert main([*argv, "--summary", "--format", "csv"]) == full_code
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["right"], r["platform"], r["target"], r["status"]) for r in rows] == [
        (r.right, r.platform, r.target.value, r.status.value) for r in brief.rows
    ]
    assert {r["as_of"] for r in rows} == {AS_OF}
    lapsing = [r for r in rows if r["changes_to"]]
    assert lapsing and all(r["changes_on"] for r in lapsing)
    assert main([*argv, "--summary"]) == full_code
    assert capsys.readouterr().out == brief.text() + "\n"


def test_the_summary_says_where_another_reading_answers_otherwise() -> None:
    """A row the official reading answers otherwise names that reading and its status, in
    every rendering (B14/R40: Lazada's jurisdiction)."""
    brief = coverage_summary(ipprules.read_plan(PORTFOLIO), as_of=AS_OF)
    row = next(r for r in brief.rows if r.key == ("tm-sg", "lazada_sg", "listing"))
    assert row.status is CellStatus.COVERED
    assert row.other_readings == (("official", CellStatus.UNKNOWN),)
    assert row.to_dict()["other_readings"] == {"official": "unknown"}
    record = next(
        r
        for r in brief.to_records()
        if (r["right"], r["platform"], r["target"]) == ("tm-sg", "lazada_sg", "listing")
    )
    assert record["other_statuses"] == ["official:unknown"]
    line = next(
        x for x in brief.text().splitlines() if x.startswith("tm-sg  ") and "lazada_sg" in x
    )
    assert line.endswith("official: unknown")


def test_an_empty_portfolio_s_summary_has_no_rows(
    tmp_path: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "empty.toml"
    path.write_text(
        '[account]\nname = "A"\nlocation = "elsewhere"\nidentity = "enterprise"\n'
        'category = "right_holder"\ndocuments = ["business_registration"]\n',
        encoding="utf-8",
    )
    assert main(["coverage", str(path), "--as-of", AS_OF, "--summary", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["rows"] == [] and data["ok"] is True
