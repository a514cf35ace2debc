"""The Dask readers read history and planner CSV files as Excel and pandas write them as one
machine does (gfhist; files18's findings 4, 7 and 8): a spreadsheet's empty columns after
the last one are read as the clean file (and a cell under no name refused at its cell), and
the index pandas writes first (an empty first header cell, which pandas names ``Unnamed:
0``) is refused with one machine's message. On the synchronous scheduler."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest

pytest.importorskip("dask.dataframe")

from ipprules._files import PANDAS_INDEX
from ipprules.errors import InputError
from ipprules.goodfaith import History
from ipprules.planner import read_lines
from ipprules.scale import read_histories, standings
from ipprules.scale._planner import read_rows

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _excel(text: str, extra: int = 3) -> str:
    return "".join(line + "," * extra + "\r\n" for line in text.splitlines())


def _indexed(text: str) -> str:
    lines = text.splitlines()
    return "".join(
        ("" if i == 0 else str(i - 1)) + "," + line + "\n" for i, line in enumerate(lines)
    )


def _message(exc: InputError, path: Path) -> str:
    """The error as one machine and Dask say it, the file named alike."""
    return str(exc).replace(str(path), "FILE").replace("<stream>", "FILE")


def test_trailing_empty_columns_read_as_the_clean_file(tmp_path: Path) -> None:
    clean_text = (EXAMPLES / "history-accounts.csv").read_text(encoding="utf-8")
    excel = tmp_path / "h.csv"
    excel.write_text("\ufeff" + _excel(clean_text), encoding="utf-8", newline="")
    clean = EXAMPLES / "history-accounts.csv"
    rows = read_histories(str(excel)).compute(scheduler="synchronous")
    assert list(rows.columns) == list(read_histories(str(clean)).columns)
    assert not any(str(c).startswith("Unnamed") for c in rows.columns)
    got = standings(str(excel), "2024-01-01").compute(scheduler="synchronous")
    want = standings(str(clean), "2024-01-01").compute(scheduler="synchronous")
    assert len(got) == 2
    pd.testing.assert_frame_equal(got, want)


def test_a_cell_under_no_name_is_refused_as_on_one_machine(tmp_path: Path) -> None:
    lines = _excel((EXAMPLES / "history-accounts.csv").read_text(encoding="utf-8")).split("\r\n")
    lines[6] += "x"  # line 7, under the third empty column
    path = tmp_path / "h.csv"
    path.write_text("\r\n".join(lines), encoding="utf-8", newline="")
    with pytest.raises(InputError) as one:
        History.by_account(io.StringIO(path.read_text(encoding="utf-8"), newline=""))
    with pytest.raises(InputError) as dask:
        standings(str(path), "2024-01-01").compute(scheduler="synchronous")
    assert "under a column with no name" in str(one.value)
    assert _message(dask.value, path) == _message(one.value, path)
    assert str(dask.value).startswith(f"{path}:7:")


def test_a_pandas_index_history_is_refused_as_on_one_machine(tmp_path: Path) -> None:
    path = tmp_path / "h.csv"
    path.write_text(
        _indexed((EXAMPLES / "history-accounts.csv").read_text(encoding="utf-8")), encoding="utf-8"
    )
    with pytest.raises(InputError) as one:
        History.by_account(io.StringIO(path.read_text(encoding="utf-8")))
    with pytest.raises(InputError) as dask:
        read_histories(str(path))
    assert PANDAS_INDEX in str(dask.value) and "Unnamed" not in str(dask.value)
    assert _message(dask.value, path) == _message(one.value, path)


def test_a_pandas_index_of_planner_rows_is_refused_as_on_one_machine(tmp_path: Path) -> None:
    """``plan --workers`` read it as an ignored column ``Unnamed: 0``."""
    text = (EXAMPLES / "planner-accounts.csv").read_text(encoding="utf-8")
    path = tmp_path / "rows.csv"
    path.write_text(_indexed(text), encoding="utf-8")
    with pytest.raises(InputError) as one:  # said before its account column is
        list(read_lines(str(path)))
    with pytest.raises(InputError) as dask:
        read_rows(str(path))
    assert PANDAS_INDEX in str(dask.value) and "Unnamed" not in str(dask.value)
    assert str(dask.value) == str(one.value)
