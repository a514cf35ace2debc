"""History files as Excel and pandas write them (gfhist; files18's findings 3, 4, 6, 7).

JSON Lines with ``null`` for an empty ``note``, ``id`` or ``account`` (pandas' NaN) read as
the CSV row with those cells empty; a CSV with a spreadsheet's empty columns after the last
one (``...,note,,,``) reads as the clean file, on every path of the block reader; an Excel
``sep=`` line is one message at line 1 (a header split by ``;`` or a tab is read, inputs37:
tests/test_inputs37.py); an empty first
header cell (pandas' index) says what to do."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipprules._files import PANDAS_INDEX
from ipprules.cli import main
from ipprules.errors import InputError
from ipprules.goodfaith import History, history, iter_history, iter_rows

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
COUNT_KEYS = (
    "listings", "taken_down", "rejected", "withdrawn", "pending", "reinstated",
    "counter_rejected",
)  # fmt: skip


def _jsonl(csv_text: str, empty: Any) -> str:
    """The JSON Lines of a CSV history, as pandas' ``to_json(orient="records", lines=True)``
    writes a frame read with ``dtype=str``: an empty ``id``/``note``/``account`` is
    ``empty`` (``None``: pandas' NaN), empty counts left out."""
    out = []
    for row in csv.DictReader(io.StringIO(csv_text)):
        data: dict[str, Any] = {}
        for key, value in row.items():
            if key in COUNT_KEYS:
                if value:
                    data[key] = int(value)
            elif key in ("id", "note", "account") and not value:
                data[key] = empty
            elif value:
                data[key] = value
        out.append(json.dumps(data))
    return "\n".join(out) + "\n"


def _readers(account: str | None) -> list[Callable[[str, str], Any]]:
    def rows(text: str, fmt: str) -> Any:
        return sorted(map(repr, iter_rows(io.StringIO(text), format=fmt, account=account)))

    def full(text: str, fmt: str) -> Any:
        return list(iter_history(io.StringIO(text), format=fmt, account=account))

    def from_file(text: str, fmt: str) -> Any:
        found = History.from_file(io.StringIO(text), format=fmt, account=account)
        return found.complaints, found.counts.slots, found.counts.events

    return [rows, full, from_file]


@pytest.mark.parametrize(
    ("example", "account"), [("history.csv", None), ("history-accounts.csv", "acme")]
)
def test_jsonl_nulls_read_as_the_csv_with_empty_cells(example: str, account: str | None) -> None:
    clean = (EXAMPLES / example).read_text(encoding="utf-8")
    nulls, empties = _jsonl(clean, None), _jsonl(clean, "")
    assert '"note": null' in nulls and '"id": null' in nulls
    for read in _readers(account):
        assert read(nulls, "jsonl") == read(empties, "jsonl") == read(clean, "csv")
    if account is not None:
        assert '"account": null' not in nulls  # every line of that file has its account
        by_csv = History.by_account(io.StringIO(clean), format="csv")
        by_json = History.by_account(io.StringIO(nulls), format="jsonl")
        assert by_json.keys() == by_csv.keys()
        for key in by_csv:
            assert by_json[key].complaints == by_csv[key].complaints
            assert by_json[key].counts.slots == by_csv[key].counts.slots


def test_jsonl_null_account_is_the_empty_one() -> None:
    line = (
        '{"type":"complaint","date":"2022-09-05","id":null,"platform":"taobao",'
        '"reason_code":"tm_misuse","listings":1,"taken_down":1,"note":null,"account":null}\n'
        '{"type":"declaration","date":"2022-09-01","note":null,"account":null}\n'
    )
    same = line.replace("null", '""')
    found = History.by_account(io.StringIO(line), format="jsonl")
    assert list(found) == [""]
    assert (
        found[""].complaints == History.by_account(io.StringIO(same), format="jsonl")[""].complaints
    )
    with pytest.raises(InputError, match="a line without an account") as caught:
        History.from_file(io.StringIO(line), format="jsonl", account="acme")
    assert caught.value.path == "$.account"


@pytest.mark.parametrize("key", ["id", "note"])
def test_jsonl_id_or_note_not_a_string_says_null_is_fine(key: str) -> None:
    data = {
        "type": "complaint", "date": "2022-09-05", "platform": "taobao",
        "reason_code": "tm_misuse", "listings": 1, "taken_down": 1, key: 7,
    }  # fmt: skip
    with pytest.raises(InputError) as caught:
        list(iter_rows(io.StringIO(json.dumps(data) + "\n"), format="jsonl"))
    assert str(caught.value).endswith(f"$.{key}: expected a string {key} (or null)")


def test_cli_good_faith_reads_a_pandas_jsonl(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    clean = EXAMPLES / "history.csv"
    nulls = tmp_path / "h.jsonl"
    nulls.write_text(_jsonl(clean.read_text(encoding="utf-8"), None), encoding="utf-8")
    outputs = []
    for path in (clean, nulls):
        code = main(["good-faith", str(path), "--as-of", "2024-01-01", "--format", "json"])
        outputs.append((code, json.loads(capsys.readouterr().out)))
    assert outputs[0] == outputs[1] and outputs[0][0] in (0, 1)  # 1: does not qualify


# ------------------------------------------------------- a spreadsheet's empty columns


def _trailing(text: str, extra: int = 3) -> str:
    """``text`` as Excel writes it with ``extra`` empty columns after the last one."""
    return "".join(line + "," * extra + "\n" for line in text.splitlines())


@pytest.mark.no_cover
@pytest.mark.parametrize(
    ("example", "account"), [("history.csv", None), ("history-accounts.csv", "acme")]
)
@pytest.mark.parametrize("end", ["\n", "\r\n"])
def test_trailing_empty_columns_read_as_the_clean_file(
    example: str, account: str | None, end: str
) -> None:
    clean = (EXAMPLES / example).read_text(encoding="utf-8")
    excel = "\ufeff" + _trailing(clean).replace("\n", end)
    for read in _readers(account):
        assert read(excel, "csv") == read(clean, "csv")
    shorter = excel.split(end)  # a row without its trailing cells (or some): read too
    shorter[3] = shorter[3][:-3]
    shorter[4] = shorter[4][:-1]
    for read in _readers(account):
        assert read(end.join(shorter), "csv") == read(clean, "csv")


def _rows(header: list[str], n: int) -> list[str]:
    """``n`` complaint lines in runs of one day (ids of one length), then an event."""
    out = []
    for i in range(n):
        cells = {
            "type": "complaint", "date": f"2023-02-{1 + i // 500:02d}", "id": f"C{i:06d}",
            "platform": "taobao", "reason_code": "tm_misuse", "listings": "2",
            "taken_down": "1", "rejected": "1", "note": "",
        }  # fmt: skip
        out.append(",".join(cells[c] for c in header))
    return out


HEADERS = [
    "type,date,id,platform,reason_code,listings,taken_down,rejected,note",  # by day
    "type,date,platform,reason_code,listings,taken_down,rejected,note",  # columns, no id
    "date,type,platform,id,reason_code,listings,taken_down,rejected,note",  # any order
]


@pytest.mark.no_cover
@pytest.mark.parametrize("header", HEADERS)
def test_a_cell_under_no_name_is_refused_at_its_cell_on_every_path(header: str) -> None:
    names = header.split(",")
    lines = [line + ",," for line in _rows(names, 3000)]
    clean = header + "\n" + "\n".join(_rows(names, 3000)) + "\n"
    text = header + ",,\n" + "\n".join(lines) + "\n"
    for read in _readers(None):
        assert read(text, "csv") == read(clean, "csv")
    lines[2500] += "x"  # line 2502, its last cell
    bad = header + ",,\n" + "\n".join(lines) + "\n"
    column = len(lines[2500])
    for reader in (iter_rows, iter_history):
        with pytest.raises(InputError) as caught:
            list(reader(io.StringIO(bad), format="csv"))
        assert str(caught.value) == (
            f"<stream>:2502:{column}: $: cell {len(names) + 2} holds 'x' under a column with "
            "no name: name the column in the header, or empty the cell"
        )


def test_an_empty_name_before_a_named_column_is_still_refused() -> None:
    text = "type,date,,note\ncomplaint,2023-01-01,,\n"
    with pytest.raises(InputError, match=r"h.csv:1:11: \$: unknown column ''; known:"):
        History.from_file(io.StringIO(text), name="h.csv")


def _fuzz(examples: int) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


@pytest.mark.no_cover
@_fuzz(150)
@given(
    header=st.sampled_from(HEADERS),
    n=st.integers(1, 1200),
    extra=st.integers(1, 3),
    block=st.sampled_from([64, 1024, 1 << 20]),
    run=st.sampled_from([1, 4, 32]),
    cut=st.lists(st.integers(0, 1199), max_size=3, unique=True),
    spoil=st.one_of(st.none(), st.integers(0, 1199)),
)
def test_trailing_columns_differential(
    monkeypatch: pytest.MonkeyPatch,
    header: str,
    n: int,
    extra: int,
    block: int,
    run: int,
    cut: list[int],
    spoil: int | None,
) -> None:
    """The block reader (by-day, columns and cached paths, tiny blocks) gives with a
    spreadsheet's empty columns what it gives for the clean file, and refuses a cell under
    no name where the line-by-line reading does."""
    monkeypatch.setattr(history, "_BLOCK", block)
    monkeypatch.setattr(history, "_FIRST_BLOCK", min(block, 1024))
    monkeypatch.setattr(history, "_RUN", run)
    clean_lines = _rows(header.split(","), n)
    lines = [line + "," * extra for line in clean_lines]
    for i in cut:  # some rows without some of their trailing cells
        if i < n:
            lines[i] = lines[i][: len(lines[i]) - 1]
    if spoil is not None and spoil < n:
        lines[spoil] = clean_lines[spoil] + "," * extra + "y"
    text = header + "," * extra + "\n" + "\n".join(lines) + "\n"
    clean = header + "\n" + "\n".join(clean_lines) + "\n"

    def outcome(read: Callable[[], Any]) -> Any:
        try:
            return read()
        except InputError as exc:
            return str(exc)

    fast = outcome(lambda: sorted(map(repr, iter_rows(io.StringIO(text), format="csv"))))
    slow = outcome(
        lambda: sorted(repr(c.as_row()) for c in iter_history(io.StringIO(text), format="csv"))
    )
    assert fast == slow
    if spoil is not None and spoil < n:
        assert isinstance(fast, str) and f":{spoil + 2}:" in fast and "no name" in fast
    else:
        assert fast == sorted(map(repr, iter_rows(io.StringIO(clean), format="csv")))


# ------------------------------------------------------- other delimiters, pandas' index


@pytest.mark.parametrize(
    "change",
    [
        lambda t: "sep=,\n" + t,
        lambda t: '\ufeff"sep=;"\r\n' + t.replace(",", ";"),
    ],
)
def test_an_excel_sep_line_is_read_past(
    change: Callable[[str], str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Refused at line 1 until sweep gf22 ("delete this line"); the Dask reader read it."""
    plain = (EXAMPLES / "history.csv").read_text(encoding="utf-8")
    text = change(plain)
    for reader in (iter_rows, iter_history):
        got = list(reader(io.StringIO(text), name="h.csv"))
        assert got == list(reader(io.StringIO(plain), name="h.csv"))
    path = tmp_path / "h.csv"
    path.write_text(text, encoding="utf-8")
    assert main(["good-faith", str(path), "--as-of", "2024-01-01"]) in (0, 1)
    assert "sep=" not in capsys.readouterr().err


def test_a_pandas_index_column_says_what_to_do() -> None:
    lines = (EXAMPLES / "history.csv").read_text(encoding="utf-8").splitlines()
    text = "".join(
        ("" if i == 0 else str(i - 1)) + "," + line + "\n" for i, line in enumerate(lines)
    )
    with pytest.raises(InputError) as caught:
        History.from_file(io.StringIO(text), name="h.csv")
    assert str(caught.value).startswith("h.csv:1:1: $: unknown column ''; known: type, date,")
    assert str(caught.value).endswith("; " + PANDAS_INDEX)
    with pytest.raises(InputError) as other:  # an empty name elsewhere: no such hint
        History.from_file(io.StringIO("type,,date\n"), name="h.csv")
    assert PANDAS_INDEX not in str(other.value)
