"""A bad cell of a Parquet history is numbered as in the file, as the same CSV's is: the row is
read without its account column, so a cell after it was named one too low (inputs23
noticed: ``cell 14`` where the CSV said ``cell 15``)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

pytest.importorskip("dask.dataframe")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

import dask  # noqa: E402

from ipprules import scale  # noqa: E402
from ipprules.errors import InputError  # noqa: E402

_HEADER = ["type", "date", "account", "id", "platform", "reason_code", "listings", "taken_down"]
_ROW = ["complaint", "2023-01-05", "acme", "A-1", "tmall", "tm_counterfeit", "12", "12"]


def _refusal(path: Path) -> str:
    with dask.config.set(scheduler="synchronous"), pytest.raises(InputError) as raised:
        scale.standings(str(path), as_of=dt.date(2024, 1, 1)).compute()
    return str(raised.value)


@pytest.mark.parametrize("account_at", [0, 2, 7])
def test_a_parquet_rows_cell_is_numbered_as_the_csvs(tmp_path: Path, account_at: int) -> None:
    header, row = _HEADER.copy(), _ROW.copy()
    header.insert(account_at, header.pop(2))
    row.insert(account_at, row.pop(2))
    header, row = [*header, "note", ""], [*row, "", "x"]  # the 10th column has no name
    with (tmp_path / "h.csv").open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([header, row])
    table = pa.table([pa.array([cell]) for cell in row], names=header)
    pq.write_table(table, tmp_path / "h.parquet")
    said_csv, said_parquet = _refusal(tmp_path / "h.csv"), _refusal(tmp_path / "h.parquet")
    assert "cell 10 holds 'x'" in said_csv
    assert "row 1: cell 10 holds 'x'" in said_parquet
