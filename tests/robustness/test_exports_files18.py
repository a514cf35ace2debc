"""Input files as real tools export them (files18): Excel, pandas, spreadsheets.

Each test feeds a file the way a tool writes it and checks that it is read with the clean
file's answer, or refused at its place with a message that says what to do.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ipprules.errors import InputError
from ipprules.planner.inputs import read_lines

_URL = "https://item.taobao.com/item.htm?id=6068326832"


@pytest.mark.parametrize(
    "order",
    ["2.34568E+18", "2,34568E+18", "2.3456789012345677e+18", "1E+18", "2.E+18"],
)
@pytest.mark.parametrize("kind", ["csv", "semicolon", "jsonl"])
def test_order_number_in_scientific_notation_is_refused_at_its_cell(
    tmp_path: Path, order: str, kind: str
) -> None:
    """Excel saves a 19-digit Taobao order number formatted as a number as ``2.34568E+18``
    (pandas as ``2.3456789012345677e+18``): its digits are gone, and two test purchases
    would be planned as one order. Refused at the cell, never planned."""
    if kind == "jsonl":
        path = tmp_path / "urls.jsonl"
        path.write_text(
            f'{{"url": "{_URL}1", "order_number": "1234"}}\n'
            f'{{"url": "{_URL}2", "order_number": "{order}"}}\n'
        )
    else:
        sep = ";" if kind == "semicolon" else ","
        cell = f'"{order}"' if sep in order else order
        path = tmp_path / "urls.csv"
        path.write_text(
            f"url{sep}reason{sep}order_number\n"
            f"{_URL}1{sep}tm_counterfeit_test_purchase{sep}1234\n"
            f"{_URL}2{sep}tm_counterfeit_test_purchase{sep}{cell}\n"
        )
    with pytest.raises(InputError) as caught:
        list(read_lines(path))
    problem = caught.value.problems[0]
    assert problem.line == 3 - (kind == "jsonl")
    assert problem.path in ("$.order_number",)
    assert "scientific notation" in problem.message and "as text" in problem.message
    if kind != "jsonl":
        header_cells = 2
        assert (
            problem.column
            == len(f"{_URL}2") + len("tm_counterfeit_test_purchase") + header_cells + 1
        )


@pytest.mark.parametrize("order", ["2345678901234567890", "E-1", "ORDER-1E5", "12e", "1.5"])
def test_order_numbers_that_are_not_floats_are_read_as_written(tmp_path: Path, order: str) -> None:
    path = tmp_path / "urls.csv"
    path.write_text(f"url,order_number\n{_URL}1,{order}\n")
    (line,) = read_lines(path)
    assert line.order_number == order


def test_violations_csv_with_excels_trailing_empty_columns_reads_as_the_clean_file(
    tmp_path: Path,
) -> None:
    """Excel's "CSV UTF-8" (byte order mark, CRLF, no line end at the end) with empty columns
    after the last one (``,,,``) reads as the clean file; a cell under such a column that
    holds something is still refused at its row."""
    from ipprules.penalties import read_violations

    clean = "date,kind,platform,points,right,id\n2024-01-08,general,aliexpress,2,TM-1,c-1\n"
    clean += "2024-02-12,counterfeit,aliexpress,,TM-1,c-2\n"
    (tmp_path / "clean.csv").write_text(clean)
    excel = "\r\n".join(line + ",,," for line in clean.splitlines())
    (tmp_path / "excel.csv").write_bytes(b"\xef\xbb\xbf" + excel.encode())
    assert read_violations(tmp_path / "excel.csv") == read_violations(tmp_path / "clean.csv")
    (tmp_path / "extra.csv").write_text(excel.replace("c-2,,,", "c-2,,x,"))
    with pytest.raises(InputError) as caught:
        read_violations(tmp_path / "extra.csv")
    [(line, message)] = [(p.line, p.message) for p in caught.value.problems]
    assert line == 3 and message.startswith("expected 6 cells, got 9: a cell that holds a comma")


def test_pandas_index_column_is_refused_with_what_to_do(tmp_path: Path) -> None:
    """``DataFrame.to_csv()`` writes its index first under an empty name: the planner and
    the violations reader refuse the empty column at 1:1 (never shifting the columns) and
    say how to write the file without it."""
    import pandas as pd

    from ipprules.penalties import read_violations

    urls = pd.DataFrame({"url": [_URL + "1"], "reason": ["tm_counterfeit"], "confidence": [0.9]})
    urls.to_csv(tmp_path / "urls.csv")
    violations = pd.DataFrame({"date": ["2024-01-08"], "kind": ["general"], "points": [2]})
    violations.to_csv(tmp_path / "v.csv")
    for read, path in ((read_lines, "urls.csv"), (read_violations, "v.csv")):
        with pytest.raises(InputError) as caught:
            list(read(tmp_path / path))  # type: ignore[operator]
        problem = caught.value.problems[0]
        assert (problem.line, problem.column) == (1, 1)
        assert "unknown column ''" in problem.message
        assert "to_csv(index=False)" in problem.message
    urls.to_csv(tmp_path / "urls.csv", index=False)
    violations.to_csv(tmp_path / "v.csv", index=False)
    (line,) = read_lines(tmp_path / "urls.csv")
    assert (line.url, line.reason, str(line.confidence)) == (_URL + "1", "tm_counterfeit", "9/10")
    (found,) = read_violations(tmp_path / "v.csv")
    assert (str(found.on), found.points) == ("2024-01-08", 2)


@pytest.mark.parametrize(
    ("head", "sep"), [("", ";"), ("", "\t"), ("sep=;\r\n", ";"), ('"sep=,"\r\n', ",")]
)
def test_violations_csv_from_a_european_excel_is_read(tmp_path: Path, head: str, sep: str) -> None:
    """Excel where the decimal mark is a comma splits cells by ``;`` (and may write a
    ``sep=`` line first); its "Unicode text" export by tabs. The violations reader splits cells
    by the planner's one rule (inputs37): each file reads as the same one violation, where
    before it was refused at line 1."""
    from ipprules.penalties import read_violations

    rows = ["date", "kind", "points"], ["2024-01-08", "general", "2"]
    path = tmp_path / "v.csv"
    path.write_text(head + "".join(sep.join(row) + "\r\n" for row in rows), newline="")
    (found,) = read_violations(path)
    assert (str(found.on), str(found.kind), found.points) == ("2024-01-08", "general", 2)


@pytest.mark.parametrize(("cell", "point"), [("0,95", "0.95"), (",9", ".9"), ("95,5%", "95.5%")])
def test_confidence_with_a_decimal_comma_is_refused_saying_how_to_write_it(
    tmp_path: Path, cell: str, point: str
) -> None:
    """Excel where the decimal mark is a comma writes ``0,95`` in a ``;``-separated file:
    refused at its cell (never read as 0 or 95), saying to write ``0.95``."""
    path = tmp_path / "urls.csv"
    path.write_text(f"url;confidence\r\n{_URL}1;0.9\r\n{_URL}2;{cell}\r\n", newline="")
    with pytest.raises(InputError) as caught:
        list(read_lines(path))
    problem = caught.value.problems[0]
    assert (problem.line, problem.column, problem.path) == (3, len(_URL) + 3, "$.confidence")
    assert problem.message.endswith(f"got {cell!r}: write the decimal mark as a point ({point})")


@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
def test_western_excel_csv_is_refused_saying_to_save_it_as_utf8(tmp_path: Path, codec: str) -> None:
    """Excel's plain "CSV" on a Western Windows is Windows-1252 (``Société`` holds byte
    0xe9): no encoding is named (Latin-1 looks like too many others), but the message says
    what to do, at the bad byte, in every reader's words."""
    from ipprules.goodfaith import History

    urls = tmp_path / "urls.csv"
    urls.write_bytes(f"url,notes\r\n{_URL}1,Société Générale\r\n".encode(codec))
    history = tmp_path / "history.csv"
    history.write_bytes(
        "type,date,note\r\ndeclaration,2024-01-05,signé par la Société\r\n".encode(codec)
    )
    said = []
    for read in (lambda: list(read_lines(urls)), lambda: History.from_file(history)):
        with pytest.raises(InputError) as caught:
            read()
        problem = caught.value.problems[0]
        assert problem.line == 2
        said.append(problem.message)
    assert (
        said[0]
        == said[1]
        == ("not UTF-8 text (byte 0xe9): save the file as UTF-8 (Excel: CSV UTF-8)")
    )


_EXPORTS = Path(__file__).parent.parent / "data" / "exports"
_EXAMPLES = Path(__file__).parent.parent.parent / "examples"


def _plan_rows(path: Path) -> list[tuple[object, ...]]:
    return [
        (p.url, p.right, p.reason, p.target, p.confidence, p.order_number, p.notes)
        for p in read_lines(path)
    ]


@pytest.mark.parametrize(
    "sample",
    [
        "planner-urls-excel-utf8.csv",  # byte order mark, CRLF, ",,," columns, no last line end
        "planner-urls-all-quoted.csv",
        "planner-urls-semicolon.csv",
        "planner-urls-sep-line.csv",  # sep=; then ;
        "planner-urls-tab.tsv",
        "planner-urls.csv.gz",
    ],
)
def test_exported_url_lists_plan_as_the_clean_file(sample: str) -> None:
    assert _plan_rows(_EXPORTS / sample) == _plan_rows(_EXAMPLES / "planner-urls.csv")


def test_exported_violations_read_as_the_clean_file() -> None:
    from ipprules.penalties import read_violations

    excel = read_violations(_EXPORTS / "violations-aliexpress-excel-utf8.csv")
    assert excel == read_violations(_EXAMPLES / "violations-aliexpress.csv")


@pytest.mark.parametrize(
    ("sample", "rows"),
    [("history-excel-all-quoted.csv", 10), ("history-ensure-ascii.jsonl", 7)],
)
def test_exported_histories_read_as_the_clean_file(tmp_path: Path, sample: str, rows: int) -> None:
    """An all-quoted Excel CSV (byte order mark, CRLF, no last line end) and JSON Lines
    written by ``json.dumps`` (``\\u`` escapes in its complaints' notes, which are not
    kept; CRLF) hold the first rows of the example: the same records."""
    from ipprules.goodfaith import read_history

    lines = (_EXAMPLES / "history.csv").read_text().splitlines(keepends=True)
    clean = tmp_path / "history.csv"
    clean.write_text("".join(lines[: rows + 1]))
    assert read_history(_EXPORTS / sample) == read_history(clean)


def test_pandas_json_lines_with_a_missing_url_count_it_as_the_csv_does(tmp_path: Path) -> None:
    """``to_json(orient="records", lines=True)`` writes a missing URL as null: an input all
    the same, rejected as ``empty`` by ``ipprules listings`` as the same frame's CSV record
    is (and as the planner's JSON Lines reader counts it), never dropped."""
    import pandas as pd

    from ipprules.cli.listings import read_urls

    frame = pd.DataFrame({"url": [_URL + "1", None, _URL + "3"], "price": [1.5, None, 2.0]})
    frame.to_json(tmp_path / "urls.jsonl", orient="records", lines=True)
    frame.to_csv(tmp_path / "urls.csv", index=False)
    from_jsonl = read_urls(str(tmp_path / "urls.jsonl"))
    from_csv = read_urls(str(tmp_path / "urls.csv"))
    assert from_jsonl == [(1, _URL + "1"), (2, ""), (3, _URL + "3")]
    assert [(line - 1, url) for line, url in from_csv] == from_jsonl  # after the header
    assert [(p.line, p.url) for p in read_lines(tmp_path / "urls.jsonl")] == from_jsonl
