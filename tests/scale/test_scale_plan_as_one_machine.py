"""``ipprules plan --workers`` reads and says what ``ipprules plan`` does on one machine (#13):
the URL column by its other names (``link``, ``链接``...), a record of blank cells (``,,``)
as a row without its URL (rejected ``empty`` on both: it was skipped on one machine and
rejected with the flags), and a bad cell named at its line in its file (it was named at its
place among the account's rows)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pd = pytest.importorskip("pandas")
pytest.importorskip("dask")

from ipprules.cli import main  # noqa: E402
from ipprules.listings.columns import URL_COLUMNS  # noqa: E402

ACCOUNT = "examples/planner-account.toml"
ARGV = ["--account", ACCOUNT, "--as-of", "2026-11-23", "--right", "tm-cn", "--reason",
        "tm_counterfeit"]  # fmt: skip
TB = "https://item.taobao.com/item.htm?id=606832683299"
TB_PHONE = "https://m.intl.taobao.com/detail/detail.html?id=606832683299"


pytestmark = pytest.mark.usefixtures("synchronous")


def _both(
    tmp_path: Path, header: str, rows: list[str], capsys: pytest.CaptureFixture[str]
) -> tuple[int, list[Any], int, list[Any]]:
    """The exit code and reconciliation rows of ``ipprules plan`` over ``header`` and
    ``rows`` (one machine) and over the same with an ``acme`` account column (``--workers``)."""
    one, many, out = tmp_path / "one.csv", tmp_path / "many.csv", tmp_path / "out"
    one.write_text("".join(f"{r}\n" for r in [header, *rows]), "utf-8")
    # the same rows with an account cell before each (a blank line stays blank)
    lined = [f"account,{header}", *(f"acme,{r}" if r.strip() else r for r in rows)]
    many.write_text("".join(f"{r}\n" for r in lined), "utf-8")
    code_one = main(["plan", str(one), *ARGV, "--format", "json"])
    alone = json.loads(capsys.readouterr().out)["lines"]
    code_many = main(["plan", str(many), *ARGV, "--workers", "1", "--out", str(out)])
    capsys.readouterr()
    frame = pd.read_parquet(out / "outcomes", dtype_backend="pyarrow").sort_values("line")
    got = [
        (r["line"], r["url"], r["status"], None if pd.isna(r["code"]) else r["code"])
        for r in frame.to_dict("records")
    ]
    return code_one, [(r["line"], r["url"], r["status"], r["code"]) for r in alone], code_many, got


@pytest.mark.no_cover
@pytest.mark.parametrize("name", ["Link", "href", "链接", "Listing URL", "网址"])
def test_workers_read_the_url_column_by_its_other_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    assert any(name.casefold().replace(" ", "") == k for k in URL_COLUMNS)
    code_one, alone, code_many, got = _both(
        tmp_path, f"{name},notes", [f"{TB},x", f"{TB_PHONE},y"], capsys
    )
    assert (code_one, code_many) == (0, 0)
    assert got == alone
    assert [status for _, _, status, _ in got] == ["planned", "duplicate"]


def test_workers_read_a_parquet_url_column_by_its_other_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, out = tmp_path / "rows.parquet", tmp_path / "out"
    pd.DataFrame({"account": ["acme", "acme"], "href": [TB, TB_PHONE]}).to_parquet(path)
    assert main(["plan", str(path), *ARGV, "--workers", "1", "--out", str(out)]) == 0
    frame = pd.read_parquet(out / "outcomes").sort_values("line")
    assert frame["url"].tolist() == [TB, TB_PHONE]
    assert frame["status"].tolist() == ["planned", "duplicate"]


def test_the_first_url_name_of_the_list_is_read_the_other_ignored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code_one, alone, code_many, got = _both(tmp_path, "link,url", [f"junk,{TB}"], capsys)
    assert (code_one, code_many) == (0, 0)
    assert got == alone == [(2, TB, "planned", None)]


def test_workers_refuse_a_header_without_a_url_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "rows.csv"
    path.write_text(f"account,seller\nacme,{TB}\n", "utf-8")
    assert main(["plan", str(path), *ARGV, "--workers", "1"]) == 2
    err = capsys.readouterr().err
    assert "rows.csv:1:" in err
    assert "no URL column" in err
    assert "account, seller" in err


@pytest.mark.no_cover
@pytest.mark.parametrize(
    ("header", "blank"),
    [("url,notes", ","), ("url,notes", " , "), ("url,notes", ",\t"), ("url,notes", '"",""'),
     ("url,notes,right", ",,")],
)  # fmt: skip
def test_a_record_of_blank_cells_is_a_rejected_row_on_both(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], header: str, blank: str
) -> None:
    more = "," * header.count(",")  # the cells after the URL
    rows = [f"{TB}{more}", blank, "", "  ", f"{TB_PHONE}{more}"]
    code_one, alone, code_many, got = _both(tmp_path, header, rows, capsys)
    assert got == alone
    # the blank line and the line of spaces are no rows; the record of blank cells is one
    assert [(line, status) for line, _, status, _ in got] == [
        (2, "planned"),
        (3, "rejected"),
        (6, "duplicate"),
    ]
    assert got[1][3] == "listing:empty"
    assert code_one == code_many == 1  # a rejected line, on both


def test_a_bad_cell_is_named_at_its_line_in_its_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    one, many = tmp_path / "one.csv", tmp_path / "many.csv"
    one.write_text(f"url,confidence\n{TB},0.5\n\n{TB_PHONE},2\n", "utf-8")
    many.write_text(
        f"account,url,confidence\nacme,{TB},0.5\n\nother,{TB},1\nacme,{TB_PHONE},2\n", "utf-8"
    )
    assert main(["plan", str(one), *ARGV]) == 2
    assert ":4:" in capsys.readouterr().err  # line 4 of the file on one machine
    assert main(["plan", str(many), *ARGV, "--workers", "1"]) == 2
    err = capsys.readouterr().err
    # line 5 of its file (the header, a blank line and another account's row before it),
    # not line 2 (its place among the account's rows), and the cell's column in that file
    column = len(f"acme,{TB_PHONE},") + 1
    assert f"{many}:5:{column}: $.confidence: expected a number from 0 to 1" in err
    assert "got '2'" in err


@pytest.mark.parametrize(
    ("again", "more"),
    [
        ("url,notes", ",x"),  # the header again was one more rejected line on Dask
        ("\ufeff URL , Notes", ",x"),  # another case, spaces, a byte-order mark: the header
        ("Url,Confidence", ",0.5"),  # was "expected a number ..., got 'Confidence'" on both
    ],
)
def test_the_header_again_is_named_at_its_line_on_both(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], again: str, more: str
) -> None:
    """Two exports joined with ``cat``: the second header is named at its line, on one machine
    and on Dask alike, in the words a Good Faith history's gets (realfiles8)."""
    from ipprules._files import HEADER_AGAIN

    header = again.lstrip("\ufeff ").lower().replace(" ", "")
    one, many = tmp_path / "one.csv", tmp_path / "many.csv"
    one.write_text(f"{header}\n{TB}{more}\n{again}\n{TB_PHONE}{more}\n", "utf-8")
    many.write_text(
        f"account,{header}\nacme,{TB}{more}\n\nAccount,{again}\nacme,{TB_PHONE}{more}\n", "utf-8"
    )
    assert main(["plan", str(one), *ARGV]) == 2
    assert f"{one}:3:1: $: {HEADER_AGAIN}" in capsys.readouterr().err
    assert main(["plan", str(many), *ARGV, "--workers", "1"]) == 2
    assert f"{many}:4:1: $: {HEADER_AGAIN}" in capsys.readouterr().err


@pytest.mark.parametrize("again", ["url,notes", "\ufeff URL , Notes", "Link,notes"])
def test_listings_name_the_header_again_on_both(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], again: str
) -> None:
    """``ipprules listings`` (and ``--workers``) over two exports joined with ``cat``: the
    second header is named at its line, as ``plan`` names it (realfiles8); it was read as one
    more line, rejected ``not-a-url``. ``Link`` under ``url`` is no header: a row."""
    from ipprules._files import HEADER_AGAIN

    path = tmp_path / "u.csv"
    path.write_text(f"url,notes\n{TB},x\n\n{again}\n{TB_PHONE},y\n", "utf-8")
    said = f"{path}:4:1: $: {HEADER_AGAIN}"
    header = again != "Link,notes"
    assert main(["listings", str(path)]) == (2 if header else 1)
    assert (said in capsys.readouterr().err) is header
    assert main(["listings", str(path), "--workers", "1"]) == (2 if header else 1)
    assert (said in capsys.readouterr().err) is header
