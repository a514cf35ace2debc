"""Readers' refusals (sweep inputs33): the left-overs of inputs32 and urls40.

- A junk, empty or text file named ``*.parquet`` given to ``ipprules listings`` or
  ``ipprules plan`` on one machine was read as text (0 inputs, or "NUL byte ... UTF-16"):
  it is refused by its name, as only the Dask readers read Parquet (``--workers``), unless
  ``--input`` says what it is.
- A JSON Lines ``{"url": 12345}`` was "expected a string (or null), got a number" in the
  planner and "expected a string URL, got int" in ``ipprules listings``: one wording.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from _cli import run_cli

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def _command(command: str, path: Path) -> list[str]:
    if command == "plan":
        account = str(EXAMPLES / "planner-account.toml")
        return ["plan", "--account", account, "--as-of", "2026-12-01", str(path)]
    return ["listings", str(path)]


PARQUET_NAMED = {
    "empty": b"",
    "junk": b"junk\x00\x01\x02",
    "text": b"https://item.taobao.com/item.htm?id=600000000001\n",
    "parquet magic": b"PAR1\x15\x04\x00\x00",
}


@pytest.mark.parametrize("command", ["listings", "plan"])
@pytest.mark.parametrize("suffix", [".parquet", ".PQ", ".parquet.gz"])
@pytest.mark.parametrize("content", list(PARQUET_NAMED))
def test_a_file_named_parquet_is_refused_on_one_machine_by_its_name(
    command: str, suffix: str, content: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / f"urls{suffix}"
    path.write_bytes(PARQUET_NAMED[content])
    code, out, err = run_cli(_command(command, path), capsys)
    assert code == 2
    assert out == ""
    assert f"urls{suffix}: $: named as a Parquet file; the Dask readers read Parquet" in err
    assert "--workers" in err and "--input" in err


@pytest.mark.parametrize("command", ["listings", "plan"])
def test_a_text_file_named_parquet_is_read_when_input_says_what_it_is(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "urls.parquet"
    path.write_bytes(PARQUET_NAMED["text"])
    _, out, err = run_cli([*_command(command, path), "--input", "lines"], capsys)
    assert "600000000001" in out, err
    assert "Parquet" not in err


@pytest.mark.parametrize("command", ["listings", "plan"])
def test_a_directory_or_missing_file_named_parquet_is_said_as_such(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "d.parquet").mkdir()
    code, _, err = run_cli(_command(command, tmp_path / "d.parquet"), capsys)
    assert code == 2 and "a directory" in err
    code, _, err = run_cli(_command(command, tmp_path / "gone.parquet"), capsys)
    assert code == 2 and "No such file" in err


@pytest.mark.parametrize("command", ["listings", "plan"])
@pytest.mark.parametrize(
    ("value", "said"),
    [("12345", "a number"), ("[1]", "an array"), ("true", "a boolean"), ('{"a": 1}', "an object")],
)
def test_a_json_lines_url_of_another_type_is_worded_alike(
    command: str, value: str, said: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "urls.jsonl"
    path.write_text(
        f'{{"url": "https://item.taobao.com/item.htm?id=600000000001"}}\n{{"url": {value}}}\n'
    )
    code, _, err = run_cli(_command(command, path), capsys)
    assert code == 2
    assert f"urls.jsonl:2: $.url: expected a string URL (or null), got {said}" in err


@pytest.mark.parametrize(
    ("text", "where", "said"),
    [
        (
            "[account]\nname = 'x'\n\n  [ account ]  # again\n",
            ":4:5:",
            "the table [account] is declared twice (first on line 1; give its keys under one "
            "header)",
        ),
        (
            "[account.rights]\na = 1\n[account . rights]\n",
            ":3:2:",
            "the table [account.rights] is declared twice (first on line 1",
        ),
        (
            "account.name = 'x'\n[account]\n",
            ":2:2:",
            "the table [account] is declared twice (made above by a dotted key or an inline "
            "table; give its keys in one place)",
        ),
        (
            "[rights]\na = 1\n[[rights]]\n",
            ":3:3:",
            "the key 'rights' (or a part of it) of the header [[rights]] is set already (first "
            "on line 1): Cannot overwrite a value",
        ),
    ],
)
def test_a_toml_table_declared_twice_is_named_at_its_header(
    text: str, where: str, said: str, tmp_path: Path
) -> None:
    from ipprules._files import read_document
    from ipprules.errors import InputError

    path = tmp_path / "plan.toml"
    path.write_text(text)
    with pytest.raises(InputError) as caught:
        read_document(path)
    message = str(caught.value)
    assert f"plan.toml{where} $: not valid TOML: {said}" in message
    assert "Cannot declare" not in message


def test_the_command_line_names_a_toml_table_declared_twice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "account.toml"
    plan.write_text((EXAMPLES / "planner-account.toml").read_text() + "\n[account]\n")
    code, out, err = run_cli(
        ["plan", "--account", str(plan), "--as-of", "2026-12-01", str(EXAMPLES / "urls.txt")],
        capsys,
    )
    assert code == 2 and out == ""
    assert "the table [account] is declared twice (first on line " in err


IMAGE = "https://img.alicdn.com/imgextra/i1/O1CN01x.jpg"


@pytest.mark.parametrize(
    ("column", "listing"),
    [
        ("link", "https://detail.1688.com/offer/600000000001.html"),
        ("listing", "item.taobao.com/item.htm?id=600000000001&spm=a"),
        ("商品链接", "https://item.taobao.com/item.htm?id=600000000001"),
        ("Product Page", "https://detail.tmall.com/item.htm?id=600000000001"),
    ],
)
@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_a_csv_whose_url_column_holds_an_image_points_at_the_listing_column(
    column: str,
    listing: str,
    delimiter: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    import json

    from ipprules.listings import parse_listing

    expected = parse_listing(listing).canonical_url
    path = tmp_path / "urls.csv"
    rows = [["title", "url", column], ["shoe", IMAGE, listing], ["bag", IMAGE, "no link"]]
    path.write_text("".join(delimiter.join(row) + "\n" for row in rows))
    code, out, _ = run_cli(["listings", str(path), "--format", "json"], capsys)
    assert code == 1
    first, second = json.loads(out)["results"]
    assert first["line"] == 2 and first["code"] == "not-alibaba-host"
    assert f"column '{column}' of this row holds a listing link: {expected}" in first["reason"]
    assert "--column" in first["reason"] and first["suggestion"] == expected
    assert second["line"] == 3 and second["suggestion"] is None
    assert "of this row holds" not in second["reason"]
    code, out, _ = run_cli(["listings", str(path), "--column", column, "--format", "json"], capsys)
    assert json.loads(out)["results"][0]["canonical_url"] == expected


def test_a_csv_whose_url_column_holds_the_listing_says_nothing_of_other_columns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    path = tmp_path / "urls.csv"
    listing = "https://item.taobao.com/item.htm?id=600000000001"
    path.write_text(f"url,image,link\n{listing},{IMAGE},{listing.replace('6000', '6001')}\n")
    code, out, _ = run_cli(["listings", str(path), "--format", "json"], capsys)
    assert code == 0
    (row,) = json.loads(out)["results"]
    assert row["canonical_url"] == listing and row["status"] == "listing"


HISTORY_HEADER = (
    "type,date,id,platform,reason_code,listings,taken_down,rejected,withdrawn,pending,"
    "reinstated,counter_rejected,note\n"
)


@pytest.mark.parametrize(
    ("written", "hint"),
    [
        ("2026/11/03", "(write it 2026-11-03)"),
        ("2026.11.3", "(write it 2026-11-03)"),
        ("20261103", "(write it 2026-11-03)"),
        ("03/11/2026", "(the day and the month could be either way round: write 2026-11-03 or"),
        ("25/11/2026", "(write it 2026-11-25)"),
        ("11/25/2026", "(write it 2026-11-25)"),
        ("2026-11-03 00:00:00", "(a date and a time: write the date alone, 2026-11-03)"),
        ("2026-11-03T09:30", "(a date and a time: write the date alone, 2026-11-03)"),
        ("46329", "(a spreadsheet's date serial number? 46329 days from 1899-12-30 is 2026-11-03"),
        ("46329.0", "(a spreadsheet's date serial number? 46329 days from 1899-12-30 is"),
        (" 2026-11-03", "(write it 2026-11-03, without spaces)"),
        ("２０２６-１１-０３", "(write it 2026-11-03, in ASCII digits)"),
    ],
)
@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_a_spreadsheet_date_in_a_history_is_refused_at_its_cell_saying_what_it_is(
    written: str, hint: str, fmt: str, tmp_path: Path
) -> None:
    import json

    from ipprules.errors import InputError
    from ipprules.goodfaith import History

    if fmt == "csv":
        path = tmp_path / "h.csv"
        cells = f"complaint,{written},C1,taobao,tm_misuse,20,19,1,0,0,0,1,"
        path.write_text(f"{HISTORY_HEADER}declaration,2022-09-01,,,,,,,,,,,\n{cells}\n")
        place = "h.csv:3:11:"
    else:
        path = tmp_path / "h.jsonl"
        row = {"type": "complaint", "date": written, "platform": "taobao", "listings": 1}
        path.write_text(f'{{"type": "declaration", "date": "2022-09-01"}}\n{json.dumps(row)}\n')
        place = "h.jsonl:2:31:"  # the column of the value of "date"
    with pytest.raises(InputError) as caught:
        History.from_file(path)
    message = str(caught.value)
    assert f"{place} $.date: expected a date (YYYY-MM-DD), got {written!r} {hint}" in message


@pytest.mark.parametrize("written", ["2022-W15-5", "13/13/2026", "99999999", "12"])
def test_a_date_no_spreadsheet_wrote_gets_no_hint(written: str, tmp_path: Path) -> None:
    from ipprules.errors import InputError
    from ipprules.goodfaith import History

    path = tmp_path / "h.csv"
    cells = f"complaint,{written},C1,taobao,tm_misuse,20,19,1,0,0,0,1,"
    path.write_text(f"{HISTORY_HEADER}{cells}\n")
    with pytest.raises(InputError) as caught:
        History.from_file(path)
    assert str(caught.value).endswith(f"got {written!r}")
