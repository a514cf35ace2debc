"""``ipprules plan INPUT --out DIR`` (one machine) leaves no half-written DIR when the run fails
or is interrupted: a bad cell at line 31 left ``reconciliation.csv``, ``rejections.csv`` and
``duplicates.csv`` behind (exit code 2), which read as a result. The files and folders the run
made are removed; what DIR held before the run is kept; the error line, the exit code and a
successful run are as they were. ``plan --workers`` removed its own already."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import ipprules.planner
from ipprules.cli import main

ROOT = Path(__file__).resolve().parents[2]
ACCOUNT = str(ROOT / "examples" / "planner-account.toml")
URLS = str(ROOT / "examples" / "planner-urls.csv")
AS_OF = ("--as-of", "2026-11-23")

#: The files a successful ``--out`` run writes besides one file per complaint.
FIXED = {
    "manifest.json",
    "manifest.csv",
    "reconciliation.csv",
    "rejections.csv",
    "duplicates.csv",
    "plan.json",
}


def _lines(count: int, *, bad_at: int | None = None, header: str = "url,reason,confidence") -> str:
    """A CSV of ``count`` lines after its header (line 1): listings, and every third one a
    search page (rejected: written to the line files as it is read); the line numbered
    ``bad_at`` has a confidence of 2 (a bad cell)."""
    rows = [header]
    for line in range(2, count + 2):
        confidence = "2" if line == bad_at else "0.9"
        url = (
            f"https://s.taobao.com/search?q=x{line}"
            if line % 3 == 0
            else f"https://item.taobao.com/item.htm?id={606832600000 + line}"
        )
        rows.append(f"{url},tm_counterfeit,{confidence}")
    return "\n".join(rows) + "\n"


def _plan(
    source: Path | str, capsys: pytest.CaptureFixture[str], *more: str
) -> tuple[int, str, str]:
    code = main(["plan", str(source), "--account", ACCOUNT, *AS_OF, *more])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _tree(folder: Path) -> dict[str, bytes | None]:
    """Every path under ``folder`` (relative), with a file's bytes (None for a folder)."""
    return {
        str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None)
        for p in sorted(folder.rglob("*"))
    }


@pytest.fixture
def bad31(tmp_path: Path) -> Path:
    path = tmp_path / "queue.csv"
    path.write_text(_lines(60, bad_at=31), encoding="utf-8")
    return path


def test_a_bad_cell_at_line_31_leaves_no_folder_made_by_the_run(
    tmp_path: Path, bad31: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "made" / "by" / "run"  # three folders the run makes
    code, stdout, stderr = _plan(bad31, capsys, "--out", str(out))
    assert code == 2 and stdout == ""
    assert ":31:" in stderr and "$.confidence" in stderr
    assert not (tmp_path / "made").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["queue.csv"]


def test_the_error_line_and_exit_code_are_those_of_the_run_without_out(
    tmp_path: Path, bad31: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    without = _plan(bad31, capsys)
    with_out = _plan(bad31, capsys, "--out", str(tmp_path / "out"))
    assert without[0] == 2
    assert without[2].count("\n") == 1  # one error line
    assert with_out == without
    assert not (tmp_path / "out").exists()


def test_a_folder_there_before_keeps_its_files_and_gets_none_of_the_run(
    tmp_path: Path, bad31: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    (out / "inbox").mkdir(parents=True)
    (out / "notes.txt").write_text("mine\n", encoding="utf-8")
    (out / "inbox" / "old.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    before = _tree(out)
    code, _, stderr = _plan(bad31, capsys, "--out", str(out))
    assert code == 2 and ":31:" in stderr
    assert _tree(out) == before


def test_a_refused_account_column_leaves_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "queue.csv"
    path.write_text(_lines(5, header="url,reason,confidence,account"), encoding="utf-8")
    out = tmp_path / "out"
    code, _, stderr = _plan(path, capsys, "--out", str(out))
    assert code == 2 and "account column" in stderr
    assert not out.exists()


def _interrupted_after(count: int) -> Any:
    """``plan_listings`` as the planner runs it, interrupted (Ctrl-C) at the ``count``-th
    line it reads: what was decided before is streamed into the files."""
    real = ipprules.planner.plan_listings

    def plan_listings(lines: Any, *args: Any, **kwargs: Any) -> Any:
        def some() -> Iterator[Any]:
            for number, line in enumerate(lines, 1):
                if number == count:
                    raise KeyboardInterrupt
                yield line

        return real(some(), *args, **kwargs)

    return plan_listings


@pytest.mark.parametrize("existing", [False, True], ids=["new folder", "folder there before"])
def test_ctrl_c_inside_the_planner_removes_what_the_run_wrote(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    existing: bool,
) -> None:
    path = tmp_path / "queue.csv"
    # rejected lines (a search page) are written to the files as they are read
    path.write_text(
        "url\n" + "".join(f"https://s.taobao.com/search?q=x{n}\n" for n in range(50)),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    if existing:
        out.mkdir()
        (out / "notes.txt").write_text("mine\n", encoding="utf-8")
    before = _tree(out) if existing else None
    seen: list[int] = []
    real_files = ipprules.planner.ReconciliationFiles

    class Files(real_files):  # type: ignore[misc,valid-type]
        def __call__(self, outcome: Any) -> None:
            super().__call__(outcome)
            seen.append(outcome[0])

    monkeypatch.setattr(ipprules.planner, "ReconciliationFiles", Files)
    monkeypatch.setattr(ipprules.planner, "plan_listings", _interrupted_after(40))
    code, _, stderr = _plan(path, capsys, "--reason", "tm_counterfeit", "--out", str(out))
    assert code == 130
    assert stderr == "ipprules plan: interrupted\n"
    assert len(seen) >= 30  # lines were written before the interruption
    if existing:
        assert _tree(out) == before
    else:
        assert not out.exists()


def test_ctrl_c_while_the_complaints_are_written_removes_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = ipprules.planner.export
    wrote: list[Path] = []

    def export(result: Any, folder: Any) -> Any:
        wrote.extend(real(result, folder))  # every file written, then Ctrl-C
        raise KeyboardInterrupt

    monkeypatch.setattr(ipprules.planner, "export", export)
    out = tmp_path / "out"
    code, _, _ = _plan(URLS, capsys, "--out", str(out))
    assert code == 130
    assert wrote and not out.exists()


def test_a_successful_run_writes_its_files_beside_what_the_folder_held(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("mine\n", encoding="utf-8")
    code, stdout, stderr = _plan(URLS, capsys, "--out", str(out))
    assert code == 1  # two rejected lines
    assert stderr == ""
    names = {p.name for p in out.iterdir()}
    complaints = {n for n in names if n.endswith(".txt") and n != "notes.txt"}
    assert names == FIXED | complaints | {"notes.txt"}
    assert len(complaints) >= 1 and f"wrote {len(FIXED) + len(complaints)} file(s)" in stdout
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine\n"
    assert (out / "reconciliation.csv").read_text(encoding="utf-8").count("\n") == 8


def test_an_out_that_is_a_file_is_refused_and_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.write_text("mine\n", encoding="utf-8")
    code, _, stderr = _plan(URLS, capsys, "--out", str(out))
    assert code == 2 and "not a folder" in stderr
    assert out.read_text(encoding="utf-8") == "mine\n"


def test_a_folder_holding_a_plan_is_still_refused_and_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert _plan(URLS, capsys, "--out", str(out))[0] == 1
    before = _tree(out)
    code, _, stderr = _plan(URLS, capsys, "--out", str(out))
    assert code == 2 and "already holds a plan" in stderr
    assert _tree(out) == before
