"""``ipprules plan INPUT --out DIR`` (one machine) where DIR already holds a file of a name the
plan writes (``reconciliation.csv``, ``plan.json``, a complaint file...) but no
``manifest.json``: the run overwrote the user's file without a word, and a failed run left it
half-written (the cleanup keeps what DIR held before, so the user's file was neither restored
nor removed). Such a folder is now refused (exit code 2, naming the file) and every byte of it
is kept, on success and on failure alike."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ipprules.cli import main

ROOT = Path(__file__).resolve().parents[2]
ACCOUNT = str(ROOT / "examples" / "planner-account.toml")
URLS = str(ROOT / "examples" / "planner-urls.csv")
AS_OF = ("--as-of", "2026-11-23")


def _tree(folder: Path) -> dict[str, bytes | None]:
    return {
        str(p.relative_to(folder)): (p.read_bytes() if p.is_file() else None)
        for p in sorted(folder.rglob("*"))
    }


def _plan(source: str, capsys: pytest.CaptureFixture[str], *more: str) -> tuple[int, str, str]:
    code = main(["plan", source, "--account", ACCOUNT, *AS_OF, *more])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.mark.parametrize(
    "name", ["reconciliation.csv", "rejections.csv", "duplicates.csv", "manifest.csv", "plan.json"]
)
def test_a_folder_holding_a_file_the_plan_writes_is_refused_and_kept(
    tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / name).write_text("my own notes, not a plan\n", encoding="utf-8")
    before = _tree(out)
    code, stdout, stderr = _plan(URLS, capsys, "--out", str(out))
    assert code == 2 and stdout == ""
    assert name in stderr and "--out" in stderr and "Traceback" not in stderr
    assert _tree(out) == before


def test_a_failed_run_leaves_the_users_file_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    rows = Path(URLS).read_text(encoding="utf-8")
    bad.write_text(rows + "https://item.taobao.com/item.htm?id=1,junk,1e309\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "reconciliation.csv").write_text("MY PRECIOUS DATA\n", encoding="utf-8")
    code, _, stderr = _plan(str(bad), capsys, "--out", str(out))
    assert code == 2 and "Traceback" not in stderr
    assert _tree(out) == {"reconciliation.csv": b"MY PRECIOUS DATA\n"}


def test_a_dangling_symlink_of_such_a_name_is_refused_and_not_followed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = tmp_path / "elsewhere.csv"
    os.symlink(target, out / "rejections.csv")
    code, _, stderr = _plan(URLS, capsys, "--out", str(out))
    assert code == 2 and "rejections.csv" in stderr
    assert not target.exists()


def test_a_complaint_file_of_the_same_name_is_refused_and_kept(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = tmp_path / "first"
    assert _plan(URLS, capsys, "--out", str(first))[0] in (0, 1)
    complaint = sorted(p.name for p in first.glob("c*.txt"))[0]
    out = tmp_path / "out"
    out.mkdir()
    (out / complaint).write_text("my draft\n", encoding="utf-8")
    code, stdout, stderr = _plan(URLS, capsys, "--out", str(out))
    assert code == 2 and stdout == ""
    assert complaint in stderr and "Traceback" not in stderr
    assert _tree(out) == {complaint: b"my draft\n"}  # the run's line files are removed


def test_a_folder_with_other_files_is_still_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("kept\n", encoding="utf-8")
    code, _, stderr = _plan(URLS, capsys, "--out", str(out))
    assert code == 1 and stderr == ""
    assert (out / "notes.txt").read_text(encoding="utf-8") == "kept\n"
    assert (out / "manifest.json").is_file()


def test_a_dangling_link_as_out_is_said_to_be_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It was "cannot create the folder: File exists"."""
    out = tmp_path / "out"
    os.symlink(tmp_path / "nowhere" / "dir", out)
    code, stdout, stderr = _plan(URLS, capsys, "--out", str(out))
    assert code == 2 and stdout == ""
    assert stderr == (
        f"ipprules: error: {out}: $: a link to a folder that does not exist: give a new or an "
        "existing folder\n"
    )
    assert out.is_symlink() and not (tmp_path / "nowhere").exists()
