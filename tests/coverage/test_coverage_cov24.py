"""cov24: coverage's memory does not grow with what it works out and throws away (the cells
of each day on which a status may change), the answers unchanged."""

from __future__ import annotations

import csv
import functools
import importlib.util
import io
import json
import pathlib
import weakref
from collections.abc import Sequence
from types import ModuleType
from typing import Any

import pytest

import ipprules
from ipprules.checks import Right
from ipprules.cli import main
from ipprules.coverage import engine
from ipprules.coverage.cells import Evaluator
from ipprules.coverage.model import Cell, Change

ROOT = pathlib.Path(__file__).resolve().parents[2]


def _scale() -> ModuleType:
    """benchmarks/coverage_scale.py, for its brand portfolio (not a package)."""
    spec = importlib.util.spec_from_file_location(
        "coverage_scale", ROOT / "benchmarks" / "coverage_scale.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def brand(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    """A brand's portfolio of 200 rights under an agent's letters (one runs out on
    2027-01-31, within the default horizon: every right is evaluated again the next day)."""
    path = tmp_path_factory.mktemp("cov24") / "brand200.toml"
    path.write_text(_scale().brand(200), encoding="utf-8")
    return path


@pytest.mark.no_cover
def test_a_day_of_changes_holds_one_right_s_cells_at_a_time(
    brand40: pathlib.Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a day every right is evaluated again, the cells of the rights already compared are
    let go: at most one right's cells (and the last one compared) are alive at a time. (40
    rights show the bound: a day's cells all kept are 480, one right's 24.)"""
    portfolio = ipprules.read_plan(str(brand40))
    made: dict[int, list[weakref.ref[Cell]]] = {}
    most = 0
    original = Evaluator.cells

    def tracked(self: Evaluator, index: int, right: Right, platforms: Sequence[str]) -> list[Cell]:
        nonlocal most
        out = original(self, index, right, platforms)
        if found:  # within the changes: count the cells of the day's evaluator still alive
            mine = made.setdefault(id(self), [])
            most = max(most, sum(ref() is not None for ref in mine))
            mine += [weakref.ref(c) for c in out]
        return out

    monkeypatch.setattr(Evaluator, "cells", tracked)
    found: list[tuple[Change, ...]] = []
    original_changes = engine._changes

    def changes(*args: Any, **kwargs: Any) -> tuple[Change, ...]:
        found.append(())  # the answer's own cells are kept, of course: count the days' only
        found[-1] = original_changes(*args, **kwargs)
        return found[-1]

    monkeypatch.setattr(engine, "_changes", changes)
    cov = ipprules.coverage(portfolio)
    per_right = 2 * len(cov.platforms)
    assert any(ch.cause.startswith("$.account.authorisations[") for ch in cov.changes)
    assert 0 < most <= per_right + 1, (most, per_right)


@pytest.mark.no_cover
def test_the_json_of_200_rights_is_the_whole_document(
    brand: pathlib.Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The CLI's JSON of a brand's 200 rights, changes and other readings among them, is
    the text of the answer's whole document."""
    whole = ipprules.coverage(ipprules.read_plan(str(brand))).as_dict()
    assert whole["changes"] and any(c["other_readings"] for c in whole["cells"])
    main(["coverage", str(brand), "--format", "json"])
    assert capsys.readouterr().out == json.dumps(whole, indent=2, ensure_ascii=False) + "\n"


def track_cells(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the cells still alive each time a right's cells are made (every Evaluator's):
    the list's one item is the most seen so far."""
    made: list[weakref.ref[Cell]] = []
    most = [0]
    original = Evaluator.cells

    def tracked(self: Evaluator, index: int, right: Right, platforms: Sequence[str]) -> list[Cell]:
        most[0] = max(most[0], sum(ref() is not None for ref in made))
        out = original(self, index, right, platforms)
        made.extend(weakref.ref(c) for c in out)
        return out

    monkeypatch.setattr(Evaluator, "cells", tracked)
    return most


def _csv_of(cov: ipprules.Coverage) -> str:
    """The CSV of the whole answer's records, as the command wrote it before it streamed."""
    out = io.StringIO()
    records = [
        {k: v for k, v in r.items() if k not in ("interpretation", "rulebook")}
        for r in cov.to_records()
    ]
    writer = csv.DictWriter(out, fieldnames=list(records[0]))
    writer.writeheader()
    for r in records:
        writer.writerow({k: " ".join(v) if isinstance(v, list) else v for k, v in r.items()})
    return out.getvalue()


@pytest.fixture(scope="module")
def brand40(tmp_path_factory: pytest.TempPathFactory) -> pathlib.Path:
    """The brand's first 40 rights (every kind of right twice, a Madrid mark and a pending
    one): keeping every cell would keep 480 of them, one right's at a time 24."""
    path = tmp_path_factory.mktemp("cov24") / "brand40.toml"
    path.write_text(_scale().brand(40), encoding="utf-8")
    return path


@functools.cache
def _wholes(path: pathlib.Path, reading: str) -> dict[str, str]:
    """The whole answer's output in each format (worked out once for the three formats)."""
    cov = ipprules.coverage(ipprules.read_plan(str(path)), interpretation=reading)
    assert cov.changes and any(c.other_readings for c in cov.cells)
    return {
        "json": json.dumps(cov.as_dict(), indent=2, ensure_ascii=False) + "\n",
        "csv": _csv_of(cov),
        "text": cov.text() + "\n",
    }


@pytest.mark.no_cover
@pytest.mark.parametrize("fmt", ["json", "csv", "text"])
@pytest.mark.parametrize("reading", ["brief", "official"])
def test_the_command_holds_one_right_s_cells_at_a_time_and_writes_the_same(
    fmt: str,
    reading: str,
    brand40: pathlib.Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``ipprules coverage`` writes each cell as it comes (JSON, CSV) or keeps its status
    only (text): no more than one right's cells with their findings are alive at a time,
    and the output is the whole answer's."""
    brand = brand40
    whole = _wholes(brand, reading)[fmt]
    most = track_cells(monkeypatch)
    code = main(["coverage", str(brand), "--format", fmt, "--interpretation", reading])
    assert code in (0, 1)
    assert capsys.readouterr().out.replace("\r\n", "\n") == whole.replace("\r\n", "\n")
    assert 0 < most[0] <= 2 * 12 + 1, most
