"""Sweep realfiles6: the readers given real-looking and hostile files.

A ``//`` or ``/* */`` comment, or a comma before ``}``, in a ``.json`` file got a hint; on a
``.jsonl`` line it got the parser's words alone, and on the first line (or a comma after each
object, an array's items pasted without their brackets) 'the file looks like a JSON document'.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ipprules.cli import main

URL = "https://detail.1688.com/offer/1.html"
COMMENT = "(JSON has no comments: delete them, or write the file as TOML, where # starts one)"
COMMA = "(a comma before } or ]: JSON allows none; delete it)"
AFTER = "(a comma after the object: JSON Lines has none between its lines; delete it)"


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own refusals
        code = exc.code if isinstance(exc.code, int) else 2
    _, err = capsys.readouterr()
    return code, err


HISTORY = (
    '{"type": "complaint", "date": "2022-09-05", "id": "C1", "platform": "taobao", '
    '"reason_code": "tm_misuse", "listings": 2, "taken_down": 2}'
)


@pytest.mark.parametrize(
    ("command", "first", "second", "place", "hint"),
    [
        ("listings", "// exported", f'{{"url": "{URL}"}}', "1:1", COMMENT),
        ("listings", f'{{"url": "{URL}"}}', f'{{"url": "{URL}"}} // again', "2:", COMMENT),
        ("listings", f'{{"url": "{URL}"}}', f'{{"url": "{URL}",}}', "2:", COMMA),
        ("listings", f'{{"url": "{URL}"}} // first', f'{{"url": "{URL}"}}', "1:", COMMENT),
        ("listings", f'{{"url": "{URL}"}},', f'{{"url": "{URL}"}},', "1:", AFTER),
        ("listings", f'{{"url": "{URL}"}}', f'{{"url": "{URL}"}}, ', "2:", AFTER),
        ("good-faith", HISTORY + ",", HISTORY + ",", "1:", AFTER),
        ("good-faith", HISTORY, "/* a note */", "2:1", COMMENT),
        ("good-faith", HISTORY, HISTORY[:-1] + ", }", "2:", COMMA),
    ],
)
def test_a_json_lines_line_with_a_comment_or_trailing_comma_gets_the_json_hint(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
    first: str,
    second: str,
    place: str,
    hint: str,
) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(f"{first}\n{second}\n", encoding="utf-8")
    argv = [command, str(path)]
    if command == "good-faith":
        argv += ["--as-of", "2024-01-02"]
    code, err = _run(argv, capsys)
    assert code == 2
    assert f"in.jsonl:{place}" in err
    assert "$: not valid JSON: " in err
    assert err.rstrip().endswith(hint), err
    assert "Traceback" not in err


VIOLATIONS = (
    "{header}\n"
    "2024-01-08,general,aliexpress,4,TM-2,case-103,\n"
    "2024-02-12,counterfeit,aliexpress,,TM-1,case-110,2024-03-01\n"
)
CLEAN_HEADER = "date,kind,platform,points,right,id,counter_notice_accepted"


@pytest.mark.parametrize(
    "header",
    [
        "\ufeff" + CLEAN_HEADER,  # a file saved twice with a byte-order mark (one is decoded)
        "Date,Kind,Platform,Points,Right,ID,Counter-Notice Accepted",  # a spreadsheet's words
        "date,kind,platform,points,right,id,Counter Notice Accepted",
    ],
)
def test_a_violations_header_reads_as_every_other_readers_header(
    tmp_path: Path, header: str
) -> None:
    """Good Faith histories and the planner read a header by ``column_name`` (a byte-order
    mark, case, spaces and hyphens do not count); a violations CSV refused a second BOM
    ('unknown column '\\ufeffdate'') and ``Counter-Notice Accepted``."""
    from ipprules.penalties import read_violations

    clean = tmp_path / "clean.csv"
    clean.write_text(VIOLATIONS.format(header=CLEAN_HEADER), encoding="utf-8")
    path = tmp_path / "export.csv"
    path.write_text(VIOLATIONS.format(header=header), encoding="utf-8-sig")
    assert read_violations(path) == read_violations(clean)
    assert len(read_violations(path)) == 2


def test_an_unknown_violations_column_is_still_named_as_written(tmp_path: Path) -> None:
    from ipprules.errors import InputError
    from ipprules.penalties import read_violations

    path = tmp_path / "v.csv"
    path.write_text(VIOLATIONS.format(header=CLEAN_HEADER + ",Case Note"), encoding="utf-8")
    with pytest.raises(InputError, match=r"v\.csv:1:\d+: \$: unknown column 'case note'"):
        read_violations(path)


@pytest.mark.parametrize(
    ("points", "hint"),
    [
        ('"1,204"', ": digits grouped by a number format; write 1204"),
        ('"12 345"', ": digits grouped by a number format; write 12345"),
        ("4.0", ": write whole numbers without a decimal point"),
    ],
)
def test_a_violations_count_gets_the_hint_a_history_count_gets(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], points: str, hint: str
) -> None:
    """A Good Faith history's ``"1,204"`` was told it is digits grouped by a number format;
    a violations file's points cell said only 'expected a whole number'."""
    history = tmp_path / "h.csv"
    history.write_text(
        "type,date,id,platform,reason_code,listings,taken_down\n"
        f"complaint,2022-09-05,C1,taobao,tm_misuse,{points},1\n",
        encoding="utf-8",
    )
    violations = tmp_path / "v.csv"
    violations.write_text(
        f"date,kind,platform,points\n2024-01-08,general,aliexpress,{points}\n", encoding="utf-8"
    )
    code, err = _run(["good-faith", str(history), "--as-of", "2024-01-02"], capsys)
    assert (code, hint in err) == (2, True), err
    argv = ["penalties", str(violations), "--platform", "aliexpress", "--as-of", "2024-06-01"]
    code, err = _run(argv, capsys)
    assert code == 2
    assert "v.csv:2:" in err and "$[0].points: expected a whole number" in err
    assert hint in err, err


@pytest.mark.parametrize("first", ["# an account", "[account]", "{", '"seller": "x",'])
def test_another_commands_document_given_a_jsonl_name_is_still_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], first: str
) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(f"{first}\nname = 1\n", encoding="utf-8")
    code, err = _run(["listings", str(path)], capsys)
    assert code == 2
    assert "document (another command's file?), not JSON Lines" in err, err


AGAIN = "the header again (two files joined?): delete this line"


def test_a_history_header_repeated_inside_the_file_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``cat jan.csv feb.csv``: the second file's header, read as a row, was 'expected a date
    (YYYY-MM-DD), got 'date''."""
    header = "type,date,id,platform,reason_code,listings,taken_down"
    row = "complaint,2022-09-05,C1,taobao,tm_misuse,2,2"
    path = tmp_path / "h.csv"
    path.write_text(f"{header}\n{row}\n\ufeff{header.upper()}\n{row}\n", encoding="utf-8")
    code, err = _run(["good-faith", str(path), "--as-of", "2024-01-02"], capsys)
    assert code == 2
    assert err == f"ipprules: error: {path}:3:1: $: {AGAIN}\n"


def test_a_violations_header_repeated_inside_the_file_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "v.csv"
    path.write_text(f"{CLEAN_HEADER}\n" + VIOLATIONS.format(header=CLEAN_HEADER), encoding="utf-8")
    argv = ["penalties", str(path), "--platform", "aliexpress", "--as-of", "2024-06-01"]
    code, err = _run(argv, capsys)
    assert code == 2
    assert err == f"ipprules: error: {path}:2:1: $[0]: {AGAIN}\n"


def test_a_json_lines_history_count_grouped_as_text_gets_the_hint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A CSV history's ``"1,204"`` was told to write 1204; a JSON Lines history's string
    ``"1,204"`` said only 'expected listings (integer)'."""
    path = tmp_path / "h.jsonl"
    path.write_text(HISTORY.replace('"listings": 2', '"listings": "1,204"') + "\n", "utf-8")
    code, err = _run(["good-faith", str(path), "--as-of", "2024-01-02"], capsys)
    assert code == 2
    assert "h.jsonl:1:" in err and '$.listings: expected listings (integer), got "1,204"' in err
    assert err.rstrip().endswith(": digits grouped by a number format; write 1204"), err
