"""Sweep realfiles8: a planner CSV whose header comes again inside it (two exports joined
with ``cat``) is named at that line, as a Good Faith history's or a violations file's is:
"the header again (two files joined?): delete this line". It was "expected a number from 0
to 1 ..., got 'confidence'" (or one more rejected line where the file had no such column).
A second header written in another case, with spaces or a byte-order mark, is the header.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from _cli import run_cli
from ipprules._files import HEADER_AGAIN
from ipprules.errors import InputError
from ipprules.planner import read_lines

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
ACCOUNT = str(EXAMPLES / "planner-account.toml")


def _joined(example: str, again: str | None = None) -> tuple[str, int]:
    """The example file twice (its second header ``again`` where given), and the line of its
    second header."""
    lines = (EXAMPLES / example).read_text("utf-8").splitlines()
    second = [again if again is not None else lines[0], *lines[1:]]
    return "\n".join([*lines, *second]) + "\n", len(lines) + 1


@pytest.mark.parametrize("example", ["planner-urls.csv", "planner-links.csv"])
def test_plan_names_the_header_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], example: str
) -> None:
    text, line = _joined(example)
    path = tmp_path / "u2.csv"
    path.write_text(text, "utf-8")
    argv = ["plan", str(path), "--account", ACCOUNT]
    if example == "planner-links.csv":
        argv += ["--column", "商品链接"]
    code, _, err = run_cli(argv, capsys)
    assert code == 2, err
    assert f"{path}:{line}:1: $: {HEADER_AGAIN}" in err, err
    assert "Traceback" not in err


def _written(cell: str, how: tuple[int, int, bool]) -> str:
    """``cell`` as another export may write it: its case (0 as is, 1 upper, 2 title), spaces
    around it, and a byte-order mark before it."""
    case, spaces, bom = how
    word = (cell, cell.upper(), cell.title())[case]
    return ("\ufeff" if bom else "") + " " * spaces + word + " " * spaces


hows = st.tuples(st.integers(0, 2), st.integers(0, 2), st.booleans())


@settings(max_examples=15, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(st.lists(hows, min_size=5, max_size=5))
@example([(1, 0, False)] * 5)  # URL,REASON,CONFIDENCE,...
@example([(2, 1, True)] * 5)
def test_read_lines_knows_the_header_in_another_case(
    tmp_path: Path, written: list[tuple[int, int, bool]]
) -> None:
    header = (EXAMPLES / "planner-urls.csv").read_text("utf-8").splitlines()[0].split(",")
    again = ",".join(_written(c, h) for c, h in zip(header, written, strict=True))
    text, line = _joined("planner-urls.csv", again)
    path = tmp_path / "u2.csv"
    path.write_text(text, "utf-8")
    with pytest.raises(InputError) as caught:
        list(read_lines(str(path)))
    problem = caught.value.problems[0]
    assert (problem.message, problem.line, problem.column) == (HEADER_AGAIN, line, 1)


def test_a_row_that_merely_holds_column_names_is_read(tmp_path: Path) -> None:
    """A row whose first cell happens to be ``url`` but whose other cells are data is not the
    header again: it is read (and rejected as a URL by the planner, as before)."""
    text = "url,reason,confidence\nurl,tm_counterfeit,0.9\n"
    path = tmp_path / "u.csv"
    path.write_text(text, "utf-8")
    read = list(read_lines(str(path)))
    assert [(p.line, p.url) for p in read] == [(2, "url")]


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_listings_name_the_header_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], delimiter: str
) -> None:
    """``ipprules listings`` reads a CSV as ``plan`` does: its header again is named at its
    line (it was one more line, rejected ``not-a-url``), the delimiter whichever it is."""
    text, line = _joined("planner-urls.csv", "\ufeffURL,Reason, Confidence,Order Number,NOTES")
    path = tmp_path / "u2.csv"
    path.write_text(text.replace(",", delimiter), "utf-8")
    code, out, err = run_cli(["listings", str(path)], capsys)
    assert code == 2, (out, err)
    assert f"{path}:{line}:1: $: {HEADER_AGAIN}" in err, err
