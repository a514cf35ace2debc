"""The Dask path says what one machine says (#13): an error reading an account's history rows
(``standings``) or a plan row's cell (``ipprules plan --workers``) names the row's file, its
line in that file and the column, as ``History.from_file`` / ``ipprules plan`` name them (it
named ``account=NAME`` and the line within the account's rows, the column off by the width of
the account cell); and a CSV record with blank cells past the header's is read as one machine
reads it (URL lists, plan rows), a record of other extra cells refused where one machine
refuses it (plan rows, history rows)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pd = pytest.importorskip("pandas")
dask = pytest.importorskip("dask")

from ipprules.cli import main  # noqa: E402
from ipprules.errors import InputError  # noqa: E402
from ipprules.goodfaith import History  # noqa: E402
from ipprules.scale import standings  # noqa: E402

HEADER = "type,date,account,platform,reason_code,listings,taken_down,rejected"
GOOD = "complaint,2023-03-01,{a},taobao,tm_counterfeit,300,0,300"
TB = "https://item.taobao.com/item.htm?id=60683268329{n}"
ARGV = ["--account", "examples/planner-account.toml", "--as-of", "2026-11-23", "--right",
        "tm-cn", "--reason", "tm_counterfeit"]  # fmt: skip


pytestmark = pytest.mark.usefixtures("synchronous_dask")


def _dask_error(path: str) -> str:
    with pytest.raises(InputError) as caught:
        standings(path, "2023-03-31").compute()
    return str(caught.value)


def _one_machine_error(path: Path) -> str:
    with pytest.raises(InputError) as caught:
        History.by_account(str(path))
    return str(caught.value)


@pytest.mark.parametrize(
    "bad",
    [
        # a bad count: the column of the cell in the file, the account cell counted
        "complaint,2023-03-02,bbbb,taobao,tm_counterfeit,x1,0,300",
        # a bad date, after a long account name
        "complaint,2023-02-30,a-much-longer-account-name,taobao,tm_counterfeit,1,1,0",
        # a quoted account holding the delimiter and a doubled quote
        'complaint,2023-03-02,"b,""b""",taobao,tm_counterfeit,5,9,0',
        # a complaint without a platform (a cell the writer of the rows would not quote)
        "complaint,2023-03-02,c,,tm_counterfeit,5,5,0",
    ],
)
def test_a_bad_history_row_is_named_at_its_file_line_and_column(tmp_path: Path, bad: str) -> None:
    path = tmp_path / "n.csv"
    rows = [HEADER, GOOD.format(a="a"), "", GOOD.format(a="zz"), bad, GOOD.format(a="a")]
    path.write_text("".join(f"{r}\n" for r in rows), "utf-8")
    expected = _one_machine_error(path)
    assert f"{path}:5:" in expected  # the line in the file (a blank line counted)
    assert _dask_error(str(path)) == expected


def test_a_bad_row_of_a_glob_names_its_own_file(tmp_path: Path) -> None:
    """Two files: the second file's bad row (its account's third) at its own line and
    column, a quoted cell before it."""
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_text(f"{HEADER}\n{GOOD.format(a='a')}\n", "utf-8")
    bad = GOOD.format(a='"a"').replace(",300", ",3x0", 1)
    rows = [HEADER, GOOD.format(a="b"), GOOD.format(a="a"), bad]
    second.write_text("".join(f"{r}\n" for r in rows), "utf-8")
    expected = _one_machine_error(second)
    assert expected.startswith(f"{second}:4:")
    assert _dask_error(str(tmp_path / "*.csv")) == expected


def test_a_frame_of_ones_own_still_names_the_account(tmp_path: Path) -> None:
    """No file to name: the account and the line within its rows, as documented."""
    import dask.dataframe as dd

    frame = pd.DataFrame(
        {"account": ["a", "b"], "type": ["complaint"] * 2, "date": ["2023-03-01", "bad"],
         "platform": ["taobao"] * 2, "reason_code": ["tm_counterfeit"] * 2,
         "listings": ["1", "1"], "taken_down": ["1", "1"]}
    )  # fmt: skip
    with pytest.raises(InputError, match=r"^account=b:2:\d+: \$\.date: "):
        standings(dd.from_pandas(frame, npartitions=1), "2023-03-31").compute()


def _plan(tmp_path: Path, header: str, rows: list[str], capsys: Any) -> tuple[Any, ...]:
    """``ipprules plan`` over ``header`` and ``rows`` (one machine), and over the same with an
    ``acme`` account cell before each (``--workers``): each run's exit code, error line and
    outcomes (line, status)."""
    one, many, out = tmp_path / "one.csv", tmp_path / "many.csv", tmp_path / "out"
    one.write_text("".join(f"{r}\n" for r in [header, *rows]), "utf-8")
    lined = [f"account,{header}", *(f"acme,{r}" if r.strip() else r for r in rows)]
    many.write_text("".join(f"{r}\n" for r in lined), "utf-8")
    code_one = main(["plan", str(one), *ARGV, "--format", "json"])
    said = capsys.readouterr()
    alone = [] if code_one == 2 else json.loads(said.out)["lines"]
    alone = [(r["line"], r["status"]) for r in alone]
    code_many = main(["plan", str(many), *ARGV, "--workers", "1", "--out", str(out)])
    told = capsys.readouterr()
    many_rows = []
    if code_many != 2:
        frame = pd.read_parquet(out / "outcomes").sort_values("line")
        many_rows = [(int(r["line"]), r["status"]) for r in frame.to_dict("records")]
    return code_one, said.err, alone, code_many, told.err, many_rows


def test_plan_workers_names_a_bad_cell_at_its_file_line_and_column(
    tmp_path: Path, capsys: Any
) -> None:
    rows = [f"{TB.format(n=9)},0.5", "", f'"{TB.format(n=8)}",2']
    code_one, err_one, _, code_many, err_many, _ = _plan(tmp_path, "url,confidence", rows, capsys)
    assert code_one == code_many == 2
    one = err_one.strip().splitlines()[-1].split(": ", 3)
    many = err_many.strip().splitlines()[-1].split(": ", 3)
    place, line, column = one[2].rsplit(":", 2)
    assert place.endswith("one.csv") and line == "4"
    # the same line, the column moved by the account cell ("acme,")
    assert many[2] == f"{tmp_path / 'many.csv'}:{line}:{int(column) + 5}"
    assert many[3] == one[3] and one[3].startswith("$.confidence: ")


@pytest.mark.parametrize("extra", [",", ",,", ", ,\t"])
def test_plan_rows_with_blank_cells_past_the_header_are_read(
    tmp_path: Path, capsys: Any, extra: str
) -> None:
    rows = [f"{TB.format(n=9)},x", f"{TB.format(n=8)},y{extra}", f"{TB.format(n=7)},z{extra}"]
    code_one, _, alone, code_many, err, many = _plan(tmp_path, "url,notes", rows, capsys)
    assert code_one != 2 and code_many != 2, err
    assert alone == many and len(many) == 3


@pytest.mark.parametrize(
    ("row", "cells"), [(f"{TB.format(n=8)},y,z", 3), (f"{TB.format(n=8)},y,,z,", 5)]
)
def test_plan_rows_with_other_cells_past_the_header_are_refused(
    tmp_path: Path, capsys: Any, row: str, cells: int
) -> None:
    """Refused on both paths, at the record's line (first record or a later one), the
    account cell counted with ``--workers``."""
    for rows in ([row, f"{TB.format(n=9)},x"], [f"{TB.format(n=9)},x", row]):
        code_one, err_one, _, code_many, err_many, _ = _plan(tmp_path, "url,notes", rows, capsys)
        line = 2 + rows.index(row)
        assert code_one == code_many == 2
        assert f"one.csv:{line}: $: expected 2 cells, got {cells}" in err_one
        assert f"many.csv:{line}: $: expected 3 cells, got {cells + 1}" in err_many


def test_a_plan_row_of_fewer_cells_is_refused_as_on_one_machine(
    tmp_path: Path, capsys: Any
) -> None:
    rows = [f"{TB.format(n=9)},x", TB.format(n=8)]
    code_one, err_one, _, code_many, err_many, _ = _plan(tmp_path, "url,notes", rows, capsys)
    assert code_one == code_many == 2
    assert "one.csv:3: $: expected 2 cells, got 1" in err_one
    assert "many.csv:3: $: expected 3 cells, got 2" in err_many


def test_url_lists_with_cells_past_the_header_are_read_as_on_one_machine(
    tmp_path: Path, capsys: Any
) -> None:
    path = tmp_path / "urls.csv"
    rows = ["url,notes", f"{TB.format(n=9)},x", f"{TB.format(n=8)},x,,", f"{TB.format(n=7)},x,y"]
    path.write_text("".join(f"{r}\n" for r in rows), "utf-8")
    assert main(["listings", str(path), "--format", "json"]) == 0
    one = json.loads(capsys.readouterr().out)["summary"]
    assert main(["listings", str(path), "--format", "json", "--workers", "1"]) == 0
    many = json.loads(capsys.readouterr().out)["summary"]
    assert one == many and one["parsed"] == 3


@pytest.mark.parametrize(("extra", "fields"), [(",,", 10), (",x", 9)])
def test_history_rows_with_cells_past_the_header_are_refused_as_on_one_machine(
    tmp_path: Path, extra: str, fields: int
) -> None:
    path = tmp_path / "h.csv"
    rows = [HEADER, GOOD.format(a="a"), GOOD.format(a="b") + extra]
    path.write_text("".join(f"{r}\n" for r in rows), "utf-8")
    expected = _one_machine_error(path)
    said = f"{path}:3:1: $: expected 8 fields as in the header, got {fields}"
    assert expected.startswith(said)  # and a hint, for empty cells past the header (realfiles14)
    assert _dask_error(str(path)) == expected


@pytest.mark.parametrize(
    ("again", "said"),
    [
        # a column renamed between two exports joined: named as one machine names it
        ("url,confidences", "a header again, naming a column otherwise ('confidences' where"),
        ("URL, Confidence ", "the header again (two files joined?)"),
    ],
)
def test_plan_workers_says_a_header_again_as_one_machine(
    tmp_path: Path, capsys: Any, again: str, said: str
) -> None:
    rows = [f"{TB.format(n=9)},0.5", again, f"{TB.format(n=8)},0.5"]
    code_one, err_one, _, code_many, err_many, _ = _plan(tmp_path, "url,confidence", rows, capsys)
    assert code_one == code_many == 2
    one = err_one.strip().splitlines()[-1].split(": ", 3)
    many = err_many.strip().splitlines()[-1].split(": ", 3)
    assert one[2] == f"{tmp_path / 'one.csv'}:3:1" and many[2] == f"{tmp_path / 'many.csv'}:3:1"
    assert many[3] == one[3] and one[3].startswith(f"$: {said}")


def test_a_duplicate_id_is_said_as_on_one_machine_without_a_column(tmp_path: Path) -> None:
    path = tmp_path / "h.csv"
    rows = [f"{HEADER},id", GOOD.format(a="a") + ",C1", GOOD.format(a="b") + ",C2"]
    rows.append(GOOD.format(a="a") + ",C1")
    path.write_text("".join(f"{r}\n" for r in rows), "utf-8")
    expected = _one_machine_error(path)
    assert expected.startswith(f"{path}:4: $.id: duplicate id 'C1'")
    assert _dask_error(str(path)) == expected


@pytest.mark.parametrize(
    "comment",
    [
        "# exported by hand\n  # a second note\n",  # comments only: no line, as one machine
        f"# {'x' * 70_000}\n",  # a comment past the first 64 KiB: skipped, not a header row
    ],
)
def test_plan_workers_skips_comment_lines_as_one_machine(
    tmp_path: Path, capsys: Any, comment: str
) -> None:
    one, many, out = tmp_path / "one.csv", tmp_path / "many.csv", tmp_path / "out"
    rows = [] if "exported" in comment else ["url,confidence", f"{TB.format(n=9)},0.5"]
    one.write_text(comment + "".join(f"{r}\n" for r in rows), "utf-8")
    many.write_text(
        comment + "".join(f"{'account' if n == 0 else 'acme'},{r}\n" for n, r in enumerate(rows)),
        "utf-8",
    )
    assert main(["plan", str(one), *ARGV, "--format", "json"]) == 0
    alone = json.loads(capsys.readouterr().out)["counts"]
    code = main(["plan", str(many), *ARGV, "--workers", "1", "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    said = capsys.readouterr().out
    assert f"{len(rows[1:])} line(s): {alone['planned']} planned" in said
