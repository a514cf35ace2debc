"""A history CSV header is read ignoring case and spaces on one machine and on Dask alike
(scale18): ``Type, Date ,Reason Code,Taken-Down`` names the history formats' columns in
``History.from_file`` (``ipprules good-faith``), ``read_histories`` and ``standings`` (CSV and
Parquet), as ``ipprules plan`` and the violations reader read their headers. It was refused
on both ("unknown column 'Type' (did you mean 'type'?)"). Two cells that differ only so name
one column twice, and say so; ``standings(account=...)`` finds its column the same way."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ipprules.errors import InputError

HISTORY = ["type", "date", "account", "platform", "reason_code", "listings", "taken_down"]
CELLS = {"type": "complaint", "date": "2023-01-05", "platform": "taobao",
         "reason_code": "tm_counterfeit", "listings": "3", "taken_down": "3"}  # fmt: skip
ROWS = [("acme", "3"), ("bolt", "3"), ("acme", "3")]  # (account, taken_down)


def _written(name: str, how: tuple[int, int, bool]) -> str:
    """``name`` as a spreadsheet may write it: its case (0 as is, 1 upper, 2 title), spaces
    around it, and ``_`` written as a space or hyphen."""
    case, spaces, hyphen = how
    word = name.replace("_", "-" if hyphen else " ") if case else name
    word = (word, word.upper(), word.title())[case]
    return " " * spaces + word + " " * (spaces % 2)


def _write(path: Path, header: list[str], names: list[str], bad: bool = False) -> None:
    """The history of :data:`ROWS` (``bad``: its last row's ``taken_down`` not a number)."""
    lines = [",".join(header)]
    for account, taken in [*ROWS[:-1], (ROWS[-1][0], "x" if bad else ROWS[-1][1])]:
        cells = {**CELLS, "account": account, "taken_down": taken}
        lines.append(",".join(cells.get(name, "") for name in names))
    path.write_text("\n".join(lines) + "\n", "utf-8")


def _one_machine(path: Path) -> Any:
    from ipprules.goodfaith import History

    try:
        return {k: h.complaints for k, h in History.by_account(str(path)).items()}
    except InputError as exc:
        return str(exc)


def _dask(source: str) -> Any:
    from ipprules.scale import standings

    try:
        table = standings(source, "2023-06-30").compute()
    except InputError as exc:
        return str(exc)
    return dict(zip(table["account"], table["complaints"], strict=True))


hows = st.tuples(st.integers(0, 2), st.integers(0, 2), st.booleans())


@pytest.mark.no_cover
@pytest.mark.usefixtures("synchronous_dask")
@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck))
@given(
    st.lists(hows, min_size=len(HISTORY), max_size=len(HISTORY)),
    st.none() | st.integers(0, 6),
    st.booleans(),
)
@example([(2, 0, False)] * len(HISTORY), None, False)  # Type,Date,Account,Reason Code...
@example([(2, 0, False)] * len(HISTORY), None, True)  # its bad cell, at the cell under Taken Down
@example([(1, 1, True)] * len(HISTORY), 0, False)  # TYPE twice: a column named twice
def test_case_varied_headers_read_alike_on_one_machine_and_dask(
    tmp_path: Path, written: list[tuple[int, int, bool]], again: int | None, bad: bool
) -> None:
    header = [_written(n, how) for n, how in zip(HISTORY, written, strict=True)]
    names = list(HISTORY)
    if again is not None:  # the column again, written another way: named twice
        header.append(HISTORY[again].upper())
        names.append(HISTORY[again])
    path = tmp_path / "history.csv"
    _write(path, header, names, bad)
    alone = _one_machine(path)
    assert _dask(str(path)) == alone
    if again is None and bad:  # the cell under the column, however its name is written
        at = ",".join(["complaint", "2023-01-05", "acme", "taobao", "tm_counterfeit", "3", ""])
        assert alone == (
            f"{path}:4:{len(at) + 1}: $.taken_down: expected a non-negative integer, got 'x'"
        )
        return
    if again is None:  # read, whatever the case and spaces
        assert alone == {"acme": 2, "bolt": 1}
    else:
        assert isinstance(alone, str) and "appears twice" in alone
        assert "read ignoring case and spaces" in alone or header[again].strip() == header[-1]
    # Parquet: its column names are read as a CSV header's (no line to name)
    pd = pytest.importorskip("pandas")
    if again is None:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False)
        frame.to_parquet(tmp_path / "history.parquet")
        assert _dask(str(tmp_path / "history.parquet")) == alone
        # a glob of files naming their columns in two ways: Parquet read as CSV is (inputs35)
        _write(tmp_path / "plain.csv", HISTORY, HISTORY)
        frame.set_axis(HISTORY, axis="columns").iloc[::-1].to_parquet(tmp_path / "plain.parquet")
        both = _dask(str(tmp_path / "*.csv"))
        assert _dask(str(tmp_path / "*.parquet")) == both
        assert both == {"acme": 4, "bolt": 2}


@pytest.mark.usefixtures("synchronous_dask")
@pytest.mark.parametrize("kind", ["csv", "parquet"])
def test_read_histories_gives_the_formats_names(tmp_path: Path, kind: str) -> None:
    """The columns come back as the history formats name them; another column as written."""
    pd = pytest.importorskip("pandas")
    from ipprules.scale import read_histories

    path = tmp_path / "history.csv"
    header = ["Type", " Date ", "ACCOUNT", "Platform", "Reason Code", "Listings", "Taken-Down"]
    _write(path, header, HISTORY)
    if kind == "parquet":
        pd.read_csv(path, dtype=str).to_parquet(tmp_path / "h.parquet")
        path = tmp_path / "h.parquet"
    rows = read_histories(str(path)).compute()
    assert list(rows.columns) == HISTORY
    assert rows["account"].tolist() == ["acme", "bolt", "acme"]


@pytest.mark.usefixtures("synchronous_dask")
@pytest.mark.parametrize("option", ["owner", "Owner", " OWNER "])
def test_the_account_option_names_its_column_ignoring_case(tmp_path: Path, option: str) -> None:
    from ipprules.scale import standings

    path = tmp_path / "history.csv"
    header = ["Type", "Date", " Owner ", "Platform", "Reason Code", "Listings", "Taken Down"]
    _write(path, header, HISTORY)
    table = standings(str(path), "2023-06-30", account=option).compute()
    assert dict(zip(table["account"], table["complaints"], strict=True)) == {"acme": 2, "bolt": 1}


@pytest.mark.usefixtures("synchronous_dask")
def test_a_column_written_twice_in_two_cases_is_said_so(tmp_path: Path) -> None:
    from ipprules.goodfaith import History
    from ipprules.scale import read_histories

    path = tmp_path / "history.csv"
    path.write_text("type,date,Date\ncomplaint,2023-01-05,2023-01-05\n", "utf-8")
    said = (
        f"{path}:1:11: $: column 'date' appears twice ('date' and 'Date': a column's name is "
        "read ignoring case and spaces)"
    )
    for read in (History.from_file, read_histories):
        with pytest.raises(InputError) as caught:
            read(str(path))
        assert str(caught.value) == said


def test_good_faith_reads_a_spreadsheet_header(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from ipprules.cli import main

    path = tmp_path / "history.csv"
    header = ["Type", "Date", "Account", "Platform", "Reason Code", "Listings", "Taken Down"]
    _write(path, header, HISTORY)
    asked = ["good-faith", str(path), "--account", "acme", "--as-of", "2023-03-31"]
    # read (0 or 1: qualifies or not), not refused (2: "unknown column 'Type'")
    assert main([*asked, "--format", "json"]) in (0, 1)
    codes = json.loads(capsys.readouterr().out)["reason_codes"]
    assert [(r["reason_code"], r["complaints"]) for r in codes] == [("tm_counterfeit", 2)]


@pytest.mark.usefixtures("synchronous_dask")
def test_a_frame_of_ones_own_is_read_as_a_file_of_its_columns(tmp_path: Path) -> None:
    """``standings`` of a DataFrame whose columns a spreadsheet named (``Account``, ``Type``)
    gives what the same rows give as a file; beside ``account``, ``Account`` is a second
    account column (it was read as each account's own)."""
    pd = pytest.importorskip("pandas")
    dd = pytest.importorskip("dask.dataframe")
    from ipprules.scale import standings

    path = tmp_path / "history.csv"
    header = ["Type", "Date", "Account", "Platform", "Reason Code", "Listings", "Taken-Down"]
    _write(path, header, HISTORY)
    frame = pd.read_csv(path, dtype=str)
    table = standings(dd.from_pandas(frame, npartitions=2), "2023-06-30").compute()
    assert dict(zip(table["account"], table["complaints"], strict=True)) == _dask(str(path))
    frame["account"] = frame["Account"]
    with pytest.raises(InputError, match="two account columns: 'account' and 'Account'"):
        standings(dd.from_pandas(frame, npartitions=2), "2023-06-30")


@pytest.mark.usefixtures("synchronous_dask")
def test_csv_files_of_one_glob_may_write_their_names_in_two_cases(tmp_path: Path) -> None:
    """Their headers name the same columns, so they are one history's (it was "columns
    (Type, Date, ...) differ from those of ...")."""
    from ipprules.scale import standings

    _write(tmp_path / "a.csv", [n.upper() for n in HISTORY], HISTORY)
    _write(tmp_path / "b.csv", HISTORY, HISTORY)
    table = standings(str(tmp_path / "*.csv"), "2023-06-30").compute()
    assert dict(zip(table["account"], table["complaints"], strict=True)) == {"acme": 4, "bolt": 2}


@pytest.mark.usefixtures("synchronous_dask")
@pytest.mark.parametrize(
    ("row", "said"),
    [
        (  # a count grouped by a number format (realfiles6): the hint and what to write
            'complaint,2023-01-05,acme,A-1,tmall,tm_counterfeit,"1,204",1204,0,0,0,0,0,',
            "digits grouped by a number format; write 1204",
        ),
        (  # two exports joined with cat: the second header, named at its line (realfiles6)
            "type,date,account,id,platform,reason_code,listings,taken_down,rejected,withdrawn,"
            "pending,reinstated,counter_rejected,note",
            ":3:1: $: the header again (two files joined?): delete this line",
        ),
        (  # the same in another case, spaced, after a byte-order mark (realfiles8)
            "\ufeff TYPE , Date,Account,ID,Platform,Reason Code,Listings,Taken-Down,Rejected,"
            "Withdrawn,Pending,Reinstated,Counter Rejected,NOTE",
            ":3:1: $: the header again (two files joined?): delete this line",
        ),
    ],
    ids=["grouped-count", "header-again", "header-again-case"],
)
def test_realfiles6_hints_are_the_same_on_dask(tmp_path: Path, row: str, said: str) -> None:
    """The Dask history reader refuses a grouped count and a repeated header in the words
    and at the place the one-machine reader does (parity for sweep realfiles6's hints)."""
    examples = Path(__file__).resolve().parents[2] / "examples"
    lines = (examples / "history-accounts.csv").read_text("utf-8").splitlines()[:2]
    path = tmp_path / "history.csv"
    path.write_text("\n".join([*lines, row]) + "\n", "utf-8")
    alone = _one_machine(path)
    assert isinstance(alone, str) and said in alone, alone
    assert _dask(str(path)) == alone
