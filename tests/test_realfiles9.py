"""Sweep realfiles9: files as users' tools write them (Excel ``sep=`` lines, UTF-16 "Unicode
text", GBK, Windows-1252, Google Sheets and LibreOffice CSVs, editors' JSON and TOML).

Most were read right or refused clearly already; these tests keep what was found wrong:

- A CSV saved in GBK (a Chinese Excel's default) whose Chinese happens to be valid UTF-8 too
  (平台, "platform", is ``c6 bd cc a8``: ``ƽ̨`` in UTF-8) was read as mojibake without a word:
  ``--column 平台`` said "no column '平台' in the header (columns: ƽ̨)". It now says the file
  looks like GBK read as UTF-8.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _cli import run_cli
from ipprules.errors import InputError
from ipprules.listings.columns import misread_as_utf8, url_column

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
ACCOUNT = str(EXAMPLES / "planner-account.toml")
URL = "https://item.taobao.com/item.htm?id=606832683299"


def test_a_gbk_header_that_is_also_utf8_is_named_gbk(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``ipprules listings --column`` (``plan --column`` says it with the same url_column)."""
    path = tmp_path / "links.csv"
    path.write_bytes(f"title,平台\nACME shoe,{URL}\n".encode("gbk"))
    code, out, err = run_cli(["listings", str(path), "--column", "平台"], capsys)
    assert code == 2, (out, err)
    assert f"{path}:1: $: no column '平台'" in err, err
    assert "the file looks like GBK (GB18030) read as UTF-8 ('ƽ̨' is '平台')" in err, err
    assert "Traceback" not in err


def test_url_column_names_the_misread_in_python() -> None:
    header = ["t", "平台".encode("gbk").decode("utf-8")]
    with pytest.raises(InputError) as caught:
        url_column(header, "平台", "in.csv")
    assert "looks like GBK (GB18030) read as UTF-8" in caught.value.problems[0].message


@pytest.mark.parametrize(
    ("header", "wanted", "hint"),
    [
        (["ƽ̨"], ["平台"], True),
        ([" ƽ̨ "], ["平 台"], True),  # compared as column names are: spaces dropped
        (["café", "url"], ["平台"], False),  # UTF-8 text, another column wanted
        (["ƽ̨"], ["url"], False),  # an ASCII name reads the same in every encoding
        (["名称"], ["名称"], False),  # read right: no hint (url_column found it already)
    ],
)
def test_misread_as_utf8(header: list[str], wanted: list[str], hint: bool) -> None:
    assert bool(misread_as_utf8(header, wanted)) is hint


def test_misread_as_utf8_types() -> None:
    with pytest.raises(TypeError):
        misread_as_utf8([b"x"], ["平台"])  # type: ignore[list-item]
    with pytest.raises(TypeError):
        misread_as_utf8(["x"], [1])  # type: ignore[list-item]


@pytest.mark.parametrize("cell", ['" 19 "', "19 ", '"19\u00a0"'])
def test_a_padded_history_count_gets_the_hint_a_padded_date_gets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cell: str
) -> None:
    """Excel's Accounting format pads numbers with spaces (`` 19 ``): a violations file reads
    them, a Good Faith history refuses them (it reads its cells as written). The refusal
    said only "got ' 19 '"; it now says how to write it, as a date so padded is told."""
    lines = (EXAMPLES / "history.csv").read_text("utf-8").splitlines()
    cells = lines[2].split(",")
    assert cells[6] == "19"  # taken_down
    cells[6] = cell
    lines[2] = ",".join(cells)
    path = tmp_path / "history.csv"
    path.write_text("\n".join(lines) + "\n", "utf-8")
    code, out, err = run_cli(["good-faith", str(path), "--as-of", "2023-03-31"], capsys)
    assert code == 2, (out, err)
    assert f"{path}:3:" in err and "$.taken_down: expected a non-negative integer" in err, err
    assert err.rstrip().endswith(": write it 19, without spaces"), err


@pytest.mark.parametrize(
    ("cell", "hint"),
    [
        ("2022年9月5日", "(write it 2022-09-05)"),  # a Chinese Excel's long date
        ("2022-09-05T10:00:00+08:00", "(a date and a time: write the date alone, 2022-09-05)"),
        ("2022/9/5 0:00", "(a date and a time: write the date alone, 2022-09-05)"),
        (
            "05/09/2022 12:00 AM",
            "(a date and a time: the day and the month could be either way round; write the "
            "date alone, 2022-09-05 or 2022-05-09)",
        ),
    ],
)
@pytest.mark.parametrize("kind", ["history", "violations"])
def test_spreadsheet_dates_get_a_hint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], cell: str, hint: str, kind: str
) -> None:
    """Dates as Chinese Excel and other tools write them were refused with no hint (a date
    with a time got one only when written ISO, with ``Z`` or nothing after it)."""
    if kind == "history":
        text = "type,date,id,platform,reason_code,listings,taken_down\n"
        text += f"complaint,{cell},C1,taobao,tm_misuse,1,1\n"
        argv = ["good-faith", "--as-of", "2023-03-31"]
    else:
        text = f"date,kind,platform,points,right,id\n{cell},general,aliexpress,2,TM-1,c1\n"
        argv = ["penalties", "--platform", "aliexpress", "--as-of", "2024-06-01"]
    path = tmp_path / f"{kind}.csv"
    path.write_text(text, "utf-8")
    code, out, err = run_cli([argv[0], str(path), *argv[1:]], capsys)
    assert code == 2, (out, err)
    assert f"{path}:2:" in err and repr(cell) in err, err
    assert err.rstrip().endswith(hint), err


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
@pytest.mark.parametrize("kind", ["history", "violations"])
def test_an_excel_sep_line_inside_the_file_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], delimiter: str, kind: str
) -> None:
    """Two Excel exports joined (``cat jan.csv feb.csv``), each starting with its ``sep=``
    line: the second's was "expected 13 fields as in the header, got 2" (a history) or
    "expected 6 cells, got 2" (a violations file); it is now named for what it is."""
    example = {"history": "history.csv", "violations": "violations-aliexpress.csv"}[kind]
    lines = (EXAMPLES / example).read_text("utf-8").splitlines()[:4]
    one = [f"sep={delimiter}", *(line.replace(",", delimiter) for line in lines)]
    path = tmp_path / f"{kind}.csv"
    path.write_text("\n".join(one + one) + "\n", "utf-8")
    if kind == "history":
        argv = ["good-faith", str(path), "--as-of", "2023-03-31"]
    else:
        argv = ["penalties", str(path), "--platform", "aliexpress", "--as-of", "2024-06-01"]
    code, out, err = run_cli(argv, capsys)
    assert code == 2, (out, err)
    first = err.splitlines()[0]
    assert first.startswith(f"ipprules: error: {path}:6:1: $"), err
    assert first.endswith(
        "an Excel sep= line inside the file (two exports joined?): delete this line"
    )


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_plan_names_an_excel_sep_line_inside_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], delimiter: str
) -> None:
    """The planner said "expected 5 cells, got 2" of the second export's ``sep=`` line; it
    names it, in the one helper its Dask reader words it with too (cells_count_message)."""
    lines = (EXAMPLES / "planner-urls.csv").read_text("utf-8").splitlines()[:3]
    one = [f"sep={delimiter}", *(line.replace(",", delimiter) for line in lines)]
    path = tmp_path / "urls.csv"
    path.write_text("\n".join(one + one) + "\n", "utf-8")
    argv = ["plan", str(path), "--account", ACCOUNT, "--as-of", "2026-11-23"]
    code, out, err = run_cli(argv, capsys)
    assert code == 2, (out, err)
    said = f"{path}:5: $: an Excel sep= line inside the file (two exports joined?): delete this"
    assert said in err, err


@pytest.mark.parametrize("kind", ["history", "violations"])
def test_a_count_in_full_width_digits_gets_a_hint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    """A Chinese input method's full-width digits (２) were refused with no hint, though a
    date so written gets "in ASCII digits"."""
    if kind == "history":
        text = "type,date,id,platform,reason_code,listings,taken_down\n"
        text += "complaint,2022-09-05,C1,taobao,tm_misuse,\uff12,2\n"
        argv = ["good-faith", "--as-of", "2023-03-31"]
    else:
        text = "date,kind,platform,points,right,id\n2024-01-08,general,aliexpress,\uff12,T,c1\n"
        argv = ["penalties", "--platform", "aliexpress", "--as-of", "2024-06-01"]
    path = tmp_path / f"{kind}.csv"
    path.write_text(text, "utf-8")
    code, out, err = run_cli([argv[0], str(path), *argv[1:]], capsys)
    assert code == 2, (out, err)
    assert f"{path}:2:" in err and "'\uff12'" in err, err
    assert err.rstrip().endswith(": write it 2, in ASCII digits"), err
