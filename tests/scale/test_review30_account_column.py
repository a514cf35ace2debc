"""review30: ``scale.standings(path, account=NAME)`` over a CSV history whose account column is
named NAME and whose row is refused said ``unknown column 'NAME'`` at the header: the row's
error was checked against one machine's reading of the file (``History.by_account``), which
knows no other account column and stopped at the header. The header was already held to
the history formats with NAME as their ``account``; the row's own error is said, as the same
Parquet file's is."""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

pytest.importorskip("dask.dataframe")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

import dask  # noqa: E402

from ipprules import scale  # noqa: E402
from ipprules.errors import InputError  # noqa: E402

_HEADER = ["type", "date", "id", "platform", "reason_code", "listings", "taken_down"]
_ROW = ["complaint", "2023-01-05", "A-1", "tmall", "tm_counterfeit", "12", "12"]
_KNOWN = {*_HEADER, "account", "note", "rejected", "withdrawn", "pending", "reinstated"}
_NAMES = st.from_regex(r"[a-z][a-z_]{0,9}", fullmatch=True).filter(lambda n: n not in _KNOWN)


def _refusal(path: Path, account: str) -> str:
    with dask.config.set(scheduler="synchronous"), pytest.raises(InputError) as raised:
        scale.standings(str(path), as_of=dt.date(2024, 1, 1), account=account).compute()
    return str(raised.value)


@pytest.mark.no_cover
@settings(max_examples=8)
@given(name=_NAMES, at=st.integers(0, len(_HEADER)), pad=st.sampled_from(["", " "]))
@example(name="owner", at=2, pad="")
@example(name="owner", at=0, pad=" ")  # written ' owner': its cell numbered as the others
def test_a_rows_error_is_its_own_under_an_account_column_named_otherwise(
    tmp_path_factory: pytest.TempPathFactory, name: str, at: int, pad: str
) -> None:
    folder = tmp_path_factory.mktemp("history")
    written = f"{pad}{name}"
    header, row = [*_HEADER[:at], written, *_HEADER[at:]], [*_ROW[:at], "acme", *_ROW[at:]]
    header, row = [*header, "note", ""], [*row, "", "x"]  # the 10th column has no name
    with (folder / "h.csv").open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([header, row])
    pq.write_table(pa.table([pa.array([c]) for c in row], names=header), folder / "h.parquet")
    said_csv = _refusal(folder / "h.csv", name)
    said_parquet = _refusal(folder / "h.parquet", name)
    assert "unknown column" not in said_csv
    assert re.search(r"h\.csv:2:\d+: \$: cell 10 holds 'x' under a column with no name", said_csv)
    assert "row 1: cell 10 holds 'x' under a column with no name" in said_parquet


def test_a_short_row_is_said_under_an_account_column_named_otherwise(tmp_path: Path) -> None:
    path = tmp_path / "h.csv"
    header, row = ["owner", *_HEADER], ["acme", *_ROW[:-1]]  # a cell too few
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([header, row])
    said = _refusal(path, "owner")
    assert "unknown column" not in said
    assert f"{path}:2:" in said


# A row with no account (an empty cell) in a Parquet history, or in a CSV one read with an
# account column named otherwise, was said "$.account: a history row has no account (input
# partition 0, row 1)", naming no file; a CSV history under ``account`` says its file, line
# and cell. It is said at the row's file now: its line and cell in a CSV file, its row in a
# Parquet file.
@pytest.mark.parametrize("name", ["account", "owner"])
@pytest.mark.parametrize("kind", ["csv", "parquet"])
def test_a_row_without_an_account_is_said_at_its_file(tmp_path: Path, name: str, kind: str) -> None:
    header = [name, *_HEADER]
    rows = [["b", *_ROW], ["a", *_ROW], ["", *_ROW]]
    path = tmp_path / f"h.{kind}"
    if kind == "csv":
        with path.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows([header, *rows])
    else:
        columns = [pa.array([row[i] for row in rows]) for i in range(len(header))]
        pq.write_table(pa.table(columns, names=header), path)
    said = _refusal(path, name)
    where = f"{path}:4:1: " if kind == "csv" else f"{path}: "
    row = "" if kind == "csv" else "row 3: "
    expected = f"{where}$.{name}: {row}a line without an account, in a history with an account"
    assert said.startswith(expected), said


# One machine reads a history header's names with the spaces around them dropped (`` account``
# is the account column); ``scale.standings`` found the header fine, then looked the account
# column up as written in the frame: "$.account: no column 'account'", naming no file. A
# Parquet file's `` owner`` read with account="owner" was "unknown column 'owner'".
@pytest.mark.no_cover
@pytest.mark.parametrize("name", ["account", "owner"])
@pytest.mark.parametrize("written", [" {}", "\t{} "])
@pytest.mark.parametrize("kind", ["csv", "parquet"])
def test_an_account_column_named_with_spaces_is_read_as_one_machine_reads_it(
    tmp_path: Path, name: str, written: str, kind: str
) -> None:
    from ipprules.goodfaith import History

    header = [*_HEADER[:2], written.format(name), *_HEADER[2:]]
    rows = [[*_ROW[:2], who, f"A-{i}", *_ROW[3:]] for i, who in enumerate(("b", "a", "b"))]
    path = tmp_path / f"h.{kind}"
    if kind == "csv":
        with path.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows([header, *rows])
    else:
        columns = [pa.array([row[i] for row in rows]) for i in range(len(header))]
        pq.write_table(pa.table(columns, names=header), path)
    with dask.config.set(scheduler="synchronous"):
        table = scale.standings(str(path), as_of=dt.date(2024, 1, 1), account=name).compute()
    accounts = table[name] if name in table.columns else table["account"]
    got = dict(zip(accounts, table["complaints"], strict=True))
    if name == "account":  # the same file on one machine
        csv_path = tmp_path / "same.csv"
        with csv_path.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows([header, *rows])
        alone = {k: h.complaints for k, h in History.by_account(str(csv_path)).items()}
        assert got == alone
    assert got == {"a": 1, "b": 2}
