"""``--workers`` and ``read_urls`` / ``read_histories`` read a CSV file exactly as the
command without the flags reads it: commas, semicolons, tabs or an Excel ``sep=`` line (with
a byte order mark and CRLF line ends), a URL column by one of its names (``link``, ``链接``),
and a ``.txt`` whose first line is a CSV header. On the synchronous scheduler."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

pytest.importorskip("dask.dataframe")

from ipprules.cli import main
from ipprules.cli.listings import read_urls as read_one
from ipprules.errors import InputError
from ipprules.scale import read_histories, read_urls, standings

TMALL = "https://detail.tmall.com/item.htm?id=690091011924"
TAOBAO = "https://item.taobao.com/item.htm?id=606832683299"
SEARCH = "https://s.taobao.com/search?q=a,b;c"  # the delimiters inside a cell (quoted)
SKU = "https://detail.tmall.com/item.htm?id=690091011924&skuId=1"

#: name -> the bytes of a file; every file holds the same four URLs in the same order
FILES = {
    "comma.csv": f'url,notes\n{TMALL},x\n"{SEARCH}",y\n{TAOBAO},"1,5"\n{SKU},z\n'.encode(),
    "semicolon.csv": f'Seller;URL;price\nacme;{TMALL};1,5\nacme;"{SEARCH}";2\n'
    f"b;{TAOBAO};3\nb;{SKU};4\n".encode(),
    "tab.csv": f"notes\tlink\nx\t{TMALL}\ny\t{SEARCH}\nz\t{TAOBAO}\nw\t{SKU}\n".encode(),
    "excel.csv": (
        f'\ufeffsep=;\r\n链接;备注\r\n{TMALL};a,b\r\n"{SEARCH}";c\r\n{TAOBAO};d\r\n{SKU};e\r\n'
    ).encode(),
    "quoted-sep.csv": f'"sep=,"\nhref,n\n{TMALL},1\n"{SEARCH}",2\n{TAOBAO},3\n{SKU},4\n'.encode(),
    "header.txt": f'link;notes\n{TMALL};x\n"{SEARCH}";y\n{TAOBAO};z\n{SKU};w\n'.encode(),
    "sep.txt": f'sep=\t\nurl\tn\n{TMALL}\t1\n"{SEARCH}"\t2\n{TAOBAO}\t3\n{SKU}\t4\n'.encode(),
}


def _write(folder: Path, name: str) -> str:
    path = folder / name
    path.write_bytes(FILES[name])
    return str(path)


@pytest.mark.parametrize("name", sorted(FILES))
def test_read_urls_reads_what_one_machine_reads(tmp_path: Path, name: str) -> None:
    path = _write(tmp_path, name)
    one_machine = [text for _, text in read_one(path)]
    assert one_machine == [TMALL, SEARCH, TAOBAO, SKU]
    got = read_urls(path, column=None).compute(scheduler="synchronous")
    assert got["url"].tolist() == one_machine


def test_a_glob_of_every_dialect_reads_each_file_as_one_machine(tmp_path: Path) -> None:
    for name in FILES:
        _write(tmp_path, name)
    expected = [t for name in sorted(FILES) for _, t in read_one(str(tmp_path / name))]
    got = read_urls(str(tmp_path / "*"), column=None).compute(scheduler="synchronous")
    assert got["url"].tolist() == expected


@pytest.mark.parametrize("name", sorted(FILES))
def test_listings_workers_counts_as_one_machine(
    tmp_path: Path, name: str, synchronous: None, capsys: Any
) -> None:
    path = _write(tmp_path, name)
    assert main(["listings", path, "--dedupe", "--format", "json"]) == 1
    one_machine = json.loads(capsys.readouterr().out)["summary"]
    code = main(["listings", path, "--dedupe", "--workers", "2", "--format", "json"])
    assert code == 1, capsys.readouterr().err
    got = json.loads(capsys.readouterr().out)["summary"]
    assert got["line"] == one_machine["line"]
    assert (got["total"], got["parsed"], got["duplicates"]) == (4, 2, 1)


def test_a_named_column_is_matched_as_column_matches_it(tmp_path: Path) -> None:
    path = _write(tmp_path, "semicolon.csv")
    assert read_one(path, column="url") == read_one(path)  # URL, by its key
    got = read_urls(path, column="url").compute(scheduler="synchronous")
    assert got["url"].tolist() == [TMALL, SEARCH, TAOBAO, SKU]
    got = read_urls(path, column="Seller").compute(scheduler="synchronous")
    assert got["Seller"].tolist() == ["acme", "acme", "b", "b"]
    # url asked is not one of its other names (link): refused before running (inputs41: the
    # default, None, reads link, as one machine does without --column)
    with pytest.raises(
        InputError, match="no column 'url' in the header \\(columns: notes, link\\)"
    ) as error:
        read_urls(_write(tmp_path, "tab.csv"), column="url")
    assert (error.value.file, error.value.line) == (str(tmp_path / "tab.csv"), 1)
    (tmp_path / "x.csv").write_text("a;b\n1;2\n", encoding="utf-8")
    with pytest.raises(InputError, match="no URL column in the header \\(columns: a, b\\)"):
        read_urls(str(tmp_path / "x.csv"), column=None)


def test_a_header_is_found_after_a_sep_line(tmp_path: Path) -> None:
    """The header's line is that of the file (the sep= line counts), also in errors."""
    (tmp_path / "bad.csv").write_text('sep=;\nurl;n\nx;1\n"y;2\n', encoding="utf-8")
    with pytest.raises(InputError, match="not valid CSV") as error:
        read_urls(str(tmp_path / "bad.csv")).compute(scheduler="synchronous")
    assert error.value.line == 4
    (tmp_path / "bad.csv").write_text("sep=;\nlink;n\nx;1\n", encoding="utf-8")
    with pytest.raises(InputError, match="no column 'url'") as error:
        read_urls(str(tmp_path / "bad.csv"), column="url")
    assert error.value.line == 2


def test_a_text_file_of_urls_stays_text(tmp_path: Path) -> None:
    """A first line that is a URL (even with a semicolon or comma in it) is no header."""
    (tmp_path / "u.txt").write_text(f"{SEARCH}\n{TMALL}\n", encoding="utf-8")
    got = read_urls(str(tmp_path / "u.txt"), column=None).compute(scheduler="synchronous")
    assert got["url"].tolist() == [t for _, t in read_one(str(tmp_path / "u.txt"))]


HISTORY = pd.DataFrame(
    {
        "account": ["a", "b", "a"],
        "type": ["complaint"] * 3,
        "date": ["2023-03-01", "2023-03-01", "2023-03-02"],
        "platform": ["taobao"] * 3,
        "reason_code": ["tm_counterfeit"] * 3,
        "listings": ["300", "10", "5"],
        "taken_down": ["0", "10", "5"],
        "rejected": ["300", "0", "0"],
    }
)


@pytest.mark.no_cover
@pytest.mark.parametrize(
    ("prefix", "delimiter", "ending"),
    [("", ",", "\n"), ("", ";", "\n"), ("", "\t", "\r\n"), ("\ufeffsep=;\r\n", ";", "\r\n")],
)
def test_histories_and_plan_rows_in_every_dialect(
    tmp_path: Path, prefix: str, delimiter: str, ending: str
) -> None:
    text = HISTORY.to_csv(index=False, sep=delimiter, lineterminator=ending)
    (tmp_path / "h.csv").write_bytes((prefix + text).encode())
    (tmp_path / "comma.csv").write_text(HISTORY.to_csv(index=False), encoding="utf-8")
    got = read_histories(str(tmp_path / "h.csv")).compute(scheduler="synchronous")
    assert got.astype(str).values.tolist() == HISTORY.values.tolist()
    comma = standings(str(tmp_path / "comma.csv"), "2023-03-31")
    table = standings(str(tmp_path / "h.csv"), "2023-03-31")
    assert table.compute(scheduler="synchronous").equals(comma.compute(scheduler="synchronous"))
    rows = pd.DataFrame({"account": ["lumen", "lumen"], "URL": [TMALL, SKU], "notes": ["1,5", ""]})
    rows.columns = ["account", "url", "notes"]
    text = rows.to_csv(index=False, sep=delimiter, lineterminator=ending)
    (tmp_path / "rows.csv").write_bytes((prefix + text).encode())
    read = read_histories(str(tmp_path / "rows.csv"), text="url", require_columns=("account",))
    assert read.compute(scheduler="synchronous").astype(str).values.tolist() == [
        ["lumen", TMALL, "1,5"],
        ["lumen", SKU, ""],
    ]


def test_plan_workers_reads_a_semicolon_file(
    tmp_path: Path, synchronous: None, capsys: Any
) -> None:
    (tmp_path / "rows.csv").write_text(
        f"\ufeffsep=;\r\naccount;url;notes\r\nlumen;{TMALL};1,5\r\nlumen;{SKU};\r\n"
        f"ghost;{TAOBAO};x\r\n",
        encoding="utf-8",
    )
    code = main(
        ["plan", str(tmp_path / "rows.csv"), "--account", "examples/plan.toml", "--as-of",
         "2026-11-23", "--reason", "tm_counterfeit", "--right", "tm-cn-9", "--workers", "2"]
    )  # fmt: skip
    printed = capsys.readouterr()
    assert code == 0, printed.err
    assert "3 line(s): 2 planned in 2 complaint(s), 1 duplicate, 0 rejected" in printed.out
