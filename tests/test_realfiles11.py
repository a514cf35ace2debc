"""Sweep realfiles11: files as real tools write them, fed to every reader of their kind.

- A CSV whose column names are all quoted with apostrophes (LibreOffice's "Save as CSV" with
  ``'`` as its string delimiter) is refused by every CSV reader saying so (they said
  "unknown column "'type'"", or "no URL column"), one helper:
  :func:`ipprules._files.other_csv`.
- A date or a count written as an Excel text formula (``="2022-09-05"``, ``="20"``: what an
  export does to keep leading zeros) is still refused, now saying what it is and the value
  to write (:func:`ipprules._dates.excel_text`, in ``date_hint`` and ``count_hint``).
- What already read right is kept so: a German Excel export (``;``, CRLF, no final line
  end, a quoted cell holding a line break) reads as the plain file.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from _cli import run_cli
from ipprules._dates import date_hint
from ipprules._files import count_hint

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
ACCOUNT = str(EXAMPLES / "planner-account.toml")

#: Each reader: its example file and the command reading it.
READERS = {
    "plan": ("planner-urls.csv", ["plan", "--account", ACCOUNT, "--as-of", "2026-11-23"]),
    "listings": ("planner-urls.csv", ["listings"]),
    "good-faith": ("history.csv", ["good-faith", "--as-of", "2023-03-31"]),
    "penalties": (
        "violations-aliexpress.csv",
        ["penalties", "--platform", "aliexpress", "--as-of", "2024-06-01"],
    ),
}


def _argv(reader: str, path: Path) -> list[str]:
    argv = READERS[reader][1]
    return [argv[0], str(path), *argv[1:]]


def _rows(reader: str, count: int = 4) -> list[list[str]]:
    text = (EXAMPLES / READERS[reader][0]).read_text("utf-8")
    return list(csv.reader(io.StringIO(text)))[:count]


def _written(rows: list[list[str]], **dialect: object) -> str:
    out = io.StringIO()
    csv.writer(out, **dialect).writerows(rows)  # type: ignore[arg-type]
    return out.getvalue()


@pytest.mark.parametrize("reader", list(READERS))
def test_names_quoted_with_apostrophes_are_refused_saying_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], reader: str
) -> None:
    """LibreOffice's CSV with ``'`` as its quote: every cell, the header's too, so quoted."""
    path = tmp_path / "export.csv"
    path.write_text(_written(_rows(reader), quotechar="'", quoting=csv.QUOTE_ALL), "utf-8")
    code, out, err = run_cli(_argv(reader, path), capsys)
    assert code == 2, (out, err)
    said = "its column names are quoted with ' (apostrophes): CSV quotes a cell with \""
    assert f"{path}:1" in err and said in err, err
    assert "Traceback" not in err


def test_apostrophes_in_one_name_are_no_such_export() -> None:
    from ipprules._files import other_csv

    assert other_csv(["url", "'reason'"], "urls") is None  # one name so written: not said
    assert other_csv(["'", "url"], "urls") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [('="00123"', "00123"), (' = "a ""b"""', 'a "b"'), ('=""', ""), ("00123", None)],
)
def test_excel_text(text: str, value: str | None) -> None:
    from ipprules._dates import excel_text  # new here: the other tests run without it

    assert excel_text(text) == value


@pytest.mark.parametrize("text", ['=HYPERLINK("x")', '="a"&"b"', '="a', "=1+1", '"00123"'])
def test_other_formulas_are_no_excel_text(text: str) -> None:
    from ipprules._dates import excel_text

    assert excel_text(text) is None
    assert "Excel" not in date_hint(text) + count_hint(text)


def test_hints_of_excel_text() -> None:
    said = 'an Excel text formula, ="...": write the value itself'
    assert date_hint('="2022-09-05"') == f" ({said}, 2022-09-05)"
    assert count_hint('="20"') == f": {said}, 20"
    assert (
        count_hint('="1,204"') == f": {said}, 1,204: digits grouped by a number format; write 1204"
    )


@pytest.mark.parametrize(
    ("reader", "row", "column", "value"),
    [
        ("good-faith", 2, "date", "2022-09-05"),
        ("good-faith", 2, "listings", "20"),
        ("penalties", 1, "date", "2024-01-08"),
        ("penalties", 1, "points", "2"),
    ],
)
def test_excel_text_cells_in_files(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    reader: str,
    row: int,
    column: str,
    value: str,
) -> None:
    """A script writing CSV for Excel (``="..."`` cells): the value to write is said."""
    rows = _rows(reader)
    at = rows[0].index(column)
    assert rows[row][at] == value  # the example holds it
    rows[row][at] = f'="{value}"'
    path = tmp_path / "for-excel.csv"
    path.write_text(_written(rows), "utf-8")
    code, out, err = run_cli(_argv(reader, path), capsys)
    assert code == 2, (out, err)
    assert f'an Excel text formula, ="...": write the value itself, {value}' in err, err
    assert f"{path}:{row + 1}:" in err


@pytest.mark.parametrize("reader", ["listings", "good-faith", "penalties"])
def test_a_german_excel_export_reads_as_the_plain_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], reader: str
) -> None:
    """``;``-separated, CRLF, no final line end, a note holding a quoted line break."""
    rows = _rows(reader, 99)
    plain = tmp_path / "plain.csv"
    plain.write_text(_written(rows, lineterminator="\n"), "utf-8")
    code, expected, _ = run_cli(_argv(reader, plain), capsys)
    last = rows[0].index({"listings": "notes", "good-faith": "note"}.get(reader, "id"))
    rows[1][last] += "\r\nsecond line"
    export = tmp_path / "export.csv"
    export.write_bytes(_written(rows, delimiter=";").rstrip("\r\n").encode())
    got, out, err = run_cli(_argv(reader, export), capsys)
    assert got == code, err
    assert out.rstrip().splitlines()[-1] == expected.rstrip().splitlines()[-1]


def _records(reader: str) -> list[dict[str, object]]:
    rows = _rows(reader)
    return [
        {k: int(v) if v.isdigit() else v for k, v in zip(rows[0], row, strict=True) if v}
        for row in rows[1:]
    ]


@pytest.mark.parametrize("reader", ["plan", "listings", "good-faith"])
@pytest.mark.parametrize(
    ("shape", "said"),
    [
        ("jq", "an array of objects on one line: write one object a line (jq -c '.[]'"),
        ("split", "a table as pandas' to_json(orient='split') writes it: write one object a"),
        ("index", "a table as pandas' to_json(orient='index') writes it: write one object a"),
    ],
)
def test_a_whole_table_on_a_json_lines_line_is_refused_saying_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], reader: str, shape: str, said: str
) -> None:
    """``jq -c .`` of an array (not ``.[]``), and pandas' ``to_json`` of another orient than
    ``records`` with ``lines=True``: each reader said only "expected a JSON object on each
    line", "no URL key ... (keys: columns, index, data)" or "unknown key 'columns'"."""
    import json

    records = _records(reader)
    table: object = records
    if shape == "split":
        columns = list(dict.fromkeys(k for r in records for k in r))
        data = [[r.get(c) for c in columns] for r in records]
        table = {"columns": columns, "index": list(range(len(records))), "data": data}
    elif shape == "index":
        table = {str(i): r for i, r in enumerate(records)}
    path = tmp_path / "table.jsonl"
    path.write_text(json.dumps(table) + "\n", "utf-8")
    code, out, err = run_cli(_argv(reader, path), capsys)
    assert code == 2, (out, err)
    assert f"{path}:1" in err and said in err, err


@pytest.mark.parametrize(
    "written", ["2031-05-31T00:00:00+08:00", "2031-05-31T00:00:00", "2031-05-31 09:30:00Z"]
)
def test_a_toml_date_time_says_to_write_the_date_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], written: str
) -> None:
    """A TOML date-time (tomli-w writes a ``datetime`` so; a hand with an offset) where a
    date is read: as the same text in quotes is told, ``write the date alone``."""
    text = Path(ACCOUNT).read_text("utf-8")
    assert 'expiry_date = "2031-05-31"' in text
    account = tmp_path / "account.toml"
    account.write_text(text.replace('"2031-05-31"', written), "utf-8")
    argv = ["plan", str(EXAMPLES / "planner-urls.csv"), "--account", str(account)]
    code, out, err = run_cli(argv, capsys)
    assert code == 2, (out, err)
    assert "expiry_date: expected a date (YYYY-MM-DD), got a date-time" in err, err
    assert err.rstrip().endswith("(a date and a time: write the date alone, 2031-05-31)"), err


@pytest.mark.parametrize(("reader", "suffix"), [("penalties", ".jsonl"), ("good-faith", ".csv")])
def test_a_json_array_given_to_a_csv_reader_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], reader: str, suffix: str
) -> None:
    """``jq -c .`` of an array, given where a CSV is read: it said "unknown column
    '[{"date": "2024-01-08"'" (violations), "unknown column ..." (a history)."""
    import json

    path = tmp_path / f"table{suffix}"
    path.write_text(json.dumps(_records(reader)) + "\n", "utf-8")
    code, out, err = run_cli(_argv(reader, path), capsys)
    assert code == 2, (out, err)
    said = "the file looks like JSON (an array of objects on one line), not a"
    assert f"{path}:1: $: {said}" in err, err
    assert "unknown column" not in err


@pytest.mark.parametrize("reader", ["plan", "listings"])
def test_a_windows_path_in_the_url_column_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], reader: str
) -> None:
    """A cell holding a saved page's path: "C: links are not accepted" said only that."""
    import json

    path = tmp_path / "urls.csv"
    path.write_text("url,reason\r\nC:\\Users\\me\\Desktop\\item.htm,tm_counterfeit\r\n", "utf-8")
    code, out, err = run_cli([*_argv(reader, path), "--format", "json"], capsys)
    shown = json.dumps(json.loads(out), ensure_ascii=False)
    assert "scheme-not-allowed" in shown, (code, err)
    assert "C: links are not accepted (a Windows file path, not a link" in shown, shown
