"""The hostile-file matrix's CSV dialect cases (inputs39: ``;``, tab, ``sep=;``, commas; a
quote never closed, a NUL, a bare carriage return, bytes that are not UTF-8, a byte order
mark, a header only or again, a cell of 2 MiB, plus binary junk and delimiters mixed between
lines) read by the Dask readers: ``listings --workers 2``, ``plan --workers 2`` and
:func:`ipprules.scale.standings` over :func:`ipprules.scale.read_histories`, on one real
2-process cluster started once. Each answers as the one-machine reader does: the same rows
and counts, or exit code 2 (an :class:`~ipprules.errors.InputError`) with the same message
at the same file, line and column; never a traceback.

Found (sweep inputs40): a bare carriage return in a cell was named at its line only by the
Dask readers (``FILE:3:``), at its line and column on one machine (``FILE:3:66:``).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.dataframe")
pytest.importorskip("distributed")

from scale_cluster import cluster_client  # noqa: F401  (the module's cluster: ``client``)

from ipprules.errors import InputError
from ipprules.goodfaith import History, standing
from ipprules.scale import cli as scale_cli
from ipprules.scale import standings
from surfaces.test_hostile_matrix34 import (
    DIALECTS39,
    EXAMPLES,
    HOSTILE39,
    _answer,
    _bytes39,
    _run,
)

AS_OF = "2026-12-01"
PLAN = ["plan", "--account", str(EXAMPLES / "plan.toml"), "--as-of", AS_OF]
DIALECTS = {**DIALECTS39, "comma": (",", "")}
#: The matrix's hostile files, binary junk in a row (a PNG's first bytes) and lines split by
#: commas among lines split by the dialect's delimiter (``None``: made by :func:`_file`).
HOSTILE: dict[str, Callable[[list[str]], list[str]] | None] = {
    name: HOSTILE39[name] for name in HOSTILE39 if name not in ("10^6 blank lines",)
}
HOSTILE["binary junk"] = lambda ls: [*ls[:3], "\x89PNG\udc89\x00\x00IHDR\udcff", *ls[3:]]
HOSTILE["mixed delimiters"] = None
#: Each hostile file in one dialect (in turn; the large ones cost a second each).
CASES = [(name, list(DIALECTS)[turn % len(DIALECTS)]) for turn, name in enumerate(HOSTILE)]
IDS = ["-".join(case) for case in CASES]


def _on_the_cluster(case: tuple[str, str], test: int) -> bool:
    """Whether the test ``test`` (0, 1, 2: listings, plan, standings) reads the case on the
    real cluster: each case on it in one of the three (in turn), the rest on the synchronous
    scheduler (the readers' code is the same in a task; the cluster's round trips cost most
    of the time). Each test keeps some cases of each kind (answers, errors) on the cluster."""
    return CASES.index(case) % 3 == test


def _file(
    path: Path, lines: list[str], hostile: str, dialect: str, *, account: bool = False
) -> Path:
    """The hostile file; with ``account``, a last column ``account`` added once it is made."""
    delimiter, before = DIALECTS[dialect]
    spoil = HOSTILE[hostile]
    if spoil is not None:
        lines = spoil(lines)
    if account:
        lines = [line + (",acme" if i else ",account") for i, line in enumerate(lines)]
    if spoil is None:
        text = _bytes39(lines[:3], delimiter, before) + _bytes39(lines[3:5])
        text += _bytes39(lines[5:8], delimiter)
    else:
        text = _bytes39(lines, delimiter, before)
    path.write_bytes(text)
    return path


@pytest.fixture
def on_cluster(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Any:
    """``--workers`` runs on the module's cluster (none started per run), for the cases
    :func:`_on_the_cluster` names; on the synchronous scheduler for the others."""
    test = 0 if "listings" in request.node.name else 1
    case = (request.node.callspec.params["hostile"], request.node.callspec.params["dialect"])
    scheduler: Any = "synchronous"
    if _on_the_cluster(case, test):
        scheduler = request.getfixturevalue("client")

    @contextlib.contextmanager
    def the_cluster(workers: Any = None, scheduler_: Any = None) -> Iterator[Any]:
        yield scheduler

    monkeypatch.setattr(scale_cli, "cluster", the_cluster)
    return scheduler


def _no_traceback(result: tuple[int, str, str]) -> None:
    code, out, err = result
    assert "Traceback" not in err, err
    if code == 2:
        assert out == "" and err.count("\n") == 1 and err.startswith("ipprules: error: FILE")


@pytest.mark.no_cover
@pytest.mark.parametrize(("hostile", "dialect"), CASES, ids=IDS)
def test_listings_workers_answers_as_one_machine(
    hostile: str, dialect: str, on_cluster: Any, tmp_path: Path, capsys: Any
) -> None:
    lines = (EXAMPLES / "planner-urls.csv").read_text(encoding="utf-8").splitlines()
    path = _file(tmp_path / "urls.csv", lines, hostile, dialect)
    argv = ["listings", str(path), "--format", "json"]
    want = _answer(_run(argv, capsys), path, 0)
    got = _answer(_run([*argv, "--workers", "2"], capsys), path, 0)
    _no_traceback(got)
    assert (got[0], got[2]) == (want[0], want[2])
    if want[0] != 2:
        summary = ("total", "parsed", "rejected", "line")
        one, dask = (json.loads(result[1])["summary"] for result in (want, got))
        assert {k: dask.get(k) for k in summary} == {k: one.get(k) for k in summary}


@pytest.mark.no_cover
@pytest.mark.parametrize(("hostile", "dialect"), CASES, ids=IDS)
def test_plan_workers_answers_as_one_machine(
    hostile: str, dialect: str, on_cluster: Any, tmp_path: Path, capsys: Any
) -> None:
    """One machine plans the file; ``--workers`` the same file with an ``account`` column
    added last (one machine refuses one), so a cell count differs by that column."""
    lines = (EXAMPLES / "planner-urls.csv").read_text(encoding="utf-8").splitlines()
    path = _file(tmp_path / "urls.csv", lines, hostile, dialect)
    with_accounts = _file(tmp_path / "accounts.csv", lines, hostile, dialect, account=True)
    want = _answer(_run([*PLAN, str(path)], capsys), path, 0)
    got = _run([*PLAN, str(with_accounts), "--workers", "2"], capsys)
    got = _answer(got, with_accounts, 0)
    _no_traceback(got)
    assert got[0] == want[0], got[2]
    cells = len(lines[0].split(","))
    assert got[2] == want[2].replace(f"expected {cells} cells", f"expected {cells + 1} cells")


def _standings(read: Callable[[], Any], path: Path) -> Any:
    try:
        return sorted(read())
    except InputError as exc:
        return str(exc).replace(str(path), "FILE")


@pytest.mark.no_cover
@pytest.mark.parametrize(("hostile", "dialect"), CASES, ids=IDS)
def test_standings_of_read_histories_answer_as_one_machine(
    hostile: str, dialect: str, request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    client: Any = "synchronous"
    if _on_the_cluster((hostile, dialect), 2):
        client = request.getfixturevalue("client")
    lines = (EXAMPLES / "history-accounts.csv").read_text(encoding="utf-8").splitlines()
    path = _file(tmp_path / "history.csv", lines, hostile, dialect)

    def one_machine() -> Any:
        read = History.by_account(path)
        return ((name, standing(h, AS_OF).qualifies) for name, h in read.items())

    def on_dask() -> Any:
        table = standings(str(path), AS_OF).compute(scheduler=client)
        return zip(table["account"], table["qualifies"].tolist(), strict=True)

    want = _standings(one_machine, path)
    assert _standings(on_dask, path) == want
