"""One CSV dialect rule for every reader (inputs37): a file split by commas, ``;`` or tabs
(with a byte order mark and CRLF line ends, cells quoted because they hold the other
delimiters) is read alike by every CSV reader: ``good-faith`` (its standing, ``--timeline``
and a ``--what-if`` batch), ``penalties``, ``plan``, ``listings`` and the Dask
``read_histories``, by the Python API and by the CLI. The delimiter is the planner's
(:func:`ipprules._files.csv_dialect`); before, the history and violations readers refused
anything but commas. A header no delimiter makes whole is refused at line 1, and a decimal
comma (``1,5``) in a ``;`` file is refused where a number is read, naming its line."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

import ipprules
from ipprules.cli import main
from ipprules.cli.listings import read_urls
from ipprules.errors import InputError
from ipprules.goodfaith import History, iter_history
from ipprules.goodfaith.history import id_lines
from ipprules.penalties import read_violations
from ipprules.planner import read_lines

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
AS_OF = "2024-06-01"
ACCOUNT = str(EXAMPLES / "planner-account.toml")
JSON = ("--format", "json")
NOTE = 'a,b;c\td "q"'  # every delimiter and a quote, in one cell

#: name -> (delimiter, byte order mark and CRLF line ends)
DIALECTS = {
    "comma": (",", False),
    "semicolon": (";", False),
    "tab": ("\t", False),
    "excel-semicolon": (";", True),
    "excel-tab": ("\t", True),
}

HISTORY = [
    ["type", "date", "id", "platform", "reason_code", "listings", "taken_down", "rejected"],
    ["declaration", "2023-01-02", "", "", "", "", "", ""],
    ["complaint", "2023-01-05", "A;1", "tmall", "tm_counterfeit", "120", "119", "1"],
    ["complaint", "2023-02-03", "A,2", "taobao", "tm_misuse", "40", "20", "20"],
    ["complaint", "2024-05-04", "A\t3", "taobao", "tm_misuse", "10", "10", "0"],
]
NOTED = [[*row, "note" if i == 0 else NOTE] for i, row in enumerate(HISTORY)]
BATCH = [
    ["type", "date", "platform", "reason_code", "listings", "taken_down", "note"],
    ["complaint", "2022-12-20", "tmall_global", "tm_misuse", "30", "30", NOTE],
]
VIOLATIONS = [
    ["date", "kind", "platform", "points", "id", "right"],
    ["2024-01-08", "general", "aliexpress", "2", "case;1", "TM-1"],
    ["2024-02-08", "general", "aliexpress", "3", "case,2", NOTE],
]
SEARCH = "https://s.taobao.com/search?q=a,b;c"
URLS = [
    ["url", "reason", "notes"],
    ["https://item.taobao.com/item.htm?id=606832683299", "tm_counterfeit", NOTE],
    [SEARCH, "tm_counterfeit", "x"],
    ["https://detail.tmall.com/item.htm?id=690091011924", "tm_misuse", "y"],
]


def render(rows: list[list[str]], dialect: str) -> bytes:
    delimiter, excel = DIALECTS[dialect]
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n" if excel else "\n").writerows(rows)
    return (("\ufeff" if excel else "") + out.getvalue()).encode("utf-8")


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str], path: Path) -> tuple[int, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, (out + err).replace(str(path), "FILE")


def _history_api(path: Path) -> Any:
    history = History.from_file(path)
    standing = ipprules.standing(history, AS_OF)
    days = ipprules.timeline(history, "2024-05-01", AS_OF)
    return standing.to_dict(), days.to_dict()


def _what_if_api(path: Path) -> Any:
    history = History.from_file(EXAMPLES / "history.csv")
    return ipprules.what_if(history, str(path), "2022-12-31").to_dict()


def _dask_api(path: Path) -> Any:
    pytest.importorskip("dask.dataframe")
    from ipprules.scale import read_histories

    frame = read_histories(str(path), require_columns=("type", "date"), lines="line")
    return frame.compute(scheduler="synchronous").to_dict("records")


#: reader -> (the rows of its file, the Python API, the CLI's argv: none for the Dask reader)
READERS: dict[str, tuple[list[list[str]], Callable[[Path], Any], Callable[[Path], list[str]]]] = {
    "good-faith": (
        NOTED,
        _history_api,
        lambda p: ["good-faith", str(p), "--as-of", AS_OF, "--format", "json"],
    ),
    "timeline": (
        NOTED,
        _history_api,
        lambda p: ["good-faith", str(p), "--timeline", "2024-05-01", AS_OF, "--format", "json"],
    ),
    "what-if": (
        BATCH,
        _what_if_api,
        lambda p: [
            "good-faith",
            str(EXAMPLES / "history.csv"),
            "--what-if",
            str(p),
            "--as-of",
            "2022-12-31",
            "--format",
            "json",
        ],
    ),
    "penalties": (
        VIOLATIONS,
        lambda p: [attrs.asdict(v) for v in read_violations(p)],
        lambda p: ["penalties", str(p), "--platform", "aliexpress", "--as-of", AS_OF],
    ),
    "plan": (
        URLS,
        lambda p: [(line.url, line.reason) for line in read_lines(p)],
        lambda p: ["plan", str(p), "--account", ACCOUNT, "--as-of", "2026-11-23", *JSON],
    ),
    "listings": (URLS, lambda p: read_urls(str(p)), lambda p: ["listings", str(p)]),
    "read_histories": (NOTED, _dask_api, lambda p: []),
}


def _answers(reader: str, dialect: str, folder: Path, capsys: Any) -> tuple[Any, Any]:
    rows, api, argv = READERS[reader]
    path = folder / dialect / "in.csv"  # one name for every dialect: the CLI's output alike
    path.parent.mkdir()
    path.write_bytes(render(rows, dialect))
    cli = _cli(argv(path), capsys, path) if argv(path) else None
    return api(path), cli


@pytest.mark.no_cover
@pytest.mark.parametrize("reader", sorted(READERS))
def test_every_reader_reads_every_dialect_as_a_comma_file(
    reader: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The history and violations readers refused ``;`` and tab files (exit 2)."""
    api, cli = _answers(reader, "comma", tmp_path, capsys)
    assert api and (cli is None or cli[0] in (0, 1)), cli
    for dialect in sorted(set(DIALECTS) - {"comma"}):
        assert _answers(reader, dialect, tmp_path, capsys) == (api, cli), dialect


def test_the_history_reads_its_quoted_cells_whole() -> None:
    """The ids and notes holding the other delimiters are one cell each, in every dialect."""
    for dialect in DIALECTS:
        rows = list(iter_history(io.BytesIO(render(NOTED, dialect)), format="csv"))
        ids = [getattr(row, "id", None) for row in rows]
        assert ids[1:] == ["A;1", "A,2", "A\t3"], dialect


#: reader -> (a header no delimiter makes whole, the Python API's reading)
MIXED: dict[str, tuple[str, Callable[[Path], Any]]] = {
    "good-faith": ("type;date,platform;reason_code\n", History.from_file),
    "what-if": ("type;date,platform;reason_code\n", _what_if_api),
    "penalties": ("date;kind,points\n", read_violations),
    "read_histories": ("type;date,platform;reason_code\n", _dask_api),
}


@pytest.mark.parametrize("reader", sorted(MIXED))
def test_a_header_of_mixed_delimiters_is_refused_at_line_1(
    reader: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    header, api = MIXED[reader]
    path = tmp_path / "mixed.csv"
    path.write_text(header + "complaint;2024-01-05,taobao;tm_misuse\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        api(path)
    assert str(caught.value).startswith(f"{path}:1:")
    argv = READERS[reader][2](path)
    if argv:
        code, said = _cli(argv, capsys, path)
        assert code == 2 and "FILE:1:" in said and "Traceback" not in said, said


@pytest.mark.parametrize(
    ("reader", "rows", "cell"),
    [
        ("good-faith", HISTORY, (3, 5)),  # listings
        ("what-if", BATCH, (1, 4)),
        ("penalties", VIOLATIONS, (1, 3)),  # points
    ],
)
def test_a_decimal_comma_in_a_semicolon_file_is_refused_at_its_line(
    reader: str,
    rows: list[list[str]],
    cell: tuple[int, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``1,5`` is one cell, refused as not a whole number: not two cells, nor 15."""
    spoilt = [list(row) for row in rows]
    spoilt[cell[0]][cell[1]] = "1,5"
    path = tmp_path / "in.csv"
    path.write_bytes(render(spoilt, "semicolon"))
    line = cell[0] + 1
    api = READERS[reader][1]
    with pytest.raises(InputError) as caught:
        api(path)
    assert str(caught.value).startswith(f"{path}:{line}:") and "'1,5'" in str(caught.value)
    code, said = _cli(READERS[reader][2](path), capsys, path)
    assert code == 2 and f"FILE:{line}:" in said and "'1,5'" in said, said


def test_a_semicolon_history_keeps_its_line_numbers_past_blank_lines_and_spanning_cells(
    tmp_path: Path,
) -> None:
    """Lines are the file's: a blank line and a note over two lines before a bad date."""
    rows = [list(row) for row in NOTED]
    rows[2][-1] = "two\nlines"
    rows[3][1] = "2023-02-30"
    text = render(rows[:2], "semicolon") + b"\n" + render(rows[2:], "semicolon")
    path = tmp_path / "h.csv"
    path.write_bytes(text)
    with pytest.raises(InputError) as caught:
        History.from_file(path)
    assert str(caught.value).startswith(f"{path}:6:11:"), str(caught.value)


def test_an_id_column_of_a_semicolon_history_is_read_by_the_what_if_id_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--what-if`` checks its ids against the history's, which are read again: with ``;``."""
    history = tmp_path / "h.csv"
    history.write_bytes(render(NOTED, "semicolon"))
    batch = tmp_path / "b.csv"
    batch.write_bytes(render([[*BATCH[0], "id"], [*BATCH[1], "A,2"]], "tab"))
    assert list(id_lines(history)) == [(3, "A;1"), (4, "A,2"), (5, "A\t3")]
    code = main(["good-faith", str(history), "--what-if", str(batch), "--as-of", AS_OF])
    err = capsys.readouterr().err
    assert code == 2 and "'A,2'" in err, err
