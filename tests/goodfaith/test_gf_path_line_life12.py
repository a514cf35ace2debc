"""The path to qualify, as ``ipprules good-faith`` prints it (life12): where both more
successful takedowns and more complaints are needed (an empty window), they are one line,
so that the takedowns cannot be read alone as enough."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipprules.cli import main

HEADER = (
    "type,date,id,platform,reason_code,listings,taken_down,rejected,withdrawn,pending,"
    "reinstated,counter_rejected,note\n"
)


def _path_lines(rows: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    path = tmp_path / "h.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    main(["good-faith", str(path), "--as-of", "2024-06-10"])
    out = capsys.readouterr().out.splitlines()
    return [line for line in out if line.startswith(("  to qualify:", "  volume:"))]


@pytest.mark.parametrize(
    "rows",
    ["", "complaint,2024-03-01,C1,taobao,tm_counterfeit,30,20,10,0,0,0,0,\n"],  # before it
)
def test_an_empty_window_says_takedowns_and_complaints_on_one_line(
    rows: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (line,) = _path_lines(rows, tmp_path, capsys)
    assert line.startswith("  to qualify: 101 more complaint(s) in the window, with the rates ")
    assert "need 1 more successful takedown(s), with nothing else filed" in line


def test_takedowns_alone_keep_their_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = "".join(
        f"complaint,2024-05-01,C{i},taobao,tm_counterfeit,30,20,10,0,0,0,0,\n" for i in range(101)
    )  # the volume met (101 > 100), the takedown rate not (2/3)
    (line,) = _path_lines(rows, tmp_path, capsys)
    assert line.startswith("  to qualify: ") and line.endswith(" more successful takedown(s)")
