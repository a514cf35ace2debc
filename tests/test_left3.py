"""Sweep left3: what the afternoon's sweeps left, on inputs and messages.

1. A 0-byte violations file is no violations, as a 0-byte history is an empty history: said
   in a note, never silent (``penalties`` refused it, exit 2, failing a clean seller's run).
2. pandas' default ``to_json()`` (orient ``columns``, ``{"url": {"0": ...}}``) where JSON Lines
   records are read, and a violations ``.json`` of any DataFrame orient, get the hint the
   other layouts get (``records_hint``): they said "expected a type (string)", "got an
   object" or "$.violations: required value is missing".
3. A stray NUL in an otherwise UTF-8 file said "(is the file UTF-16 or binary?)": it says it
   is a NUL byte in a UTF-8 file and what comes before it in its cell; UTF-16-looking and
   binary files keep their words.
4. ``--calendar -`` said "'-' is not a calendar": it says that standard input is not read
   for a calendar, and what to give instead.
5. A withdrawal after a late last counter-notice (no window left, rules47 Finding 3) ended
   "withdrawn" with no note, where the same facts with the expiry recorded say "no chance
   was left": it says so too, naming the late counter-notice.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from _cli import run_cli
from ipprules.penalties import read_violations

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
ACCOUNT = str(EXAMPLES / "planner-account.toml")
PENALTIES = ["penalties", "FILE", "--platform", "aliexpress", "--as-of", "2026-11-23"]


def _with(argv: list[str], path: str) -> list[str]:
    return [path if a == "FILE" else a for a in argv]


# ------------------------------------------------------------ 1. an empty violations file


@pytest.mark.parametrize("text", ["", "\n \n", "\ufeff"])
def test_an_empty_violations_file_is_no_violations_said(
    text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "violations.csv"
    path.write_text(text, "utf-8")
    assert read_violations(path) == ()  # was InputError "empty file: expected a header"
    code, out, err = run_cli(_with(PENALTIES, str(path)), capsys)
    assert (code, err) == (0, "")
    assert f"note: {path} holds no violations (no rows)" in out
    code, out, err = run_cli([*_with(PENALTIES, str(path)), "--format", "json"], capsys)
    assert code == 0
    notes = json.loads(out)["notes"]
    assert any("holds no violations" in n for n in notes)
    # the same facts as a header alone, and good-faith reads its 0-byte file alike
    header = tmp_path / "header.csv"
    header.write_text("date,kind\n", "utf-8")
    assert run_cli(_with(PENALTIES, str(header)), capsys)[0] == 0
    history = tmp_path / "history.csv"
    history.write_text(text, "utf-8")
    assert run_cli(["good-faith", str(history), "--as-of", "2026-11-23"], capsys)[0] in (0, 1)


def test_an_empty_stdin_is_no_violations_said(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b""), encoding="utf-8"))
    code, out, err = run_cli(_with(PENALTIES, "-"), capsys)
    assert (code, err) == (0, "")
    assert "holds no violations (no rows)" in out


# ------------------------------------------------------- 2. pandas' to_json() tables, hinted

#: pandas 2's ``DataFrame.to_json`` of one-row tables, as written (orient ``columns`` is its
#: default; ``split``, ``index`` and ``table`` as given to a violations ``.json``).
_COLUMNS_URL = '{"url":{"0":"https:\\/\\/www.amazon.com\\/dp\\/B000000001"}}'
_COLUMNS_HISTORY = '{"type":{"0":"complaint"},"date":{"0":"2023-01-05"},"id":{"0":"c1"}}'
_VIOLATIONS = {
    "columns": '{"date":{"0":"2024-03-01"},"kind":{"0":"general"}}',
    "split": '{"columns":["date","kind"],"index":[0],"data":[["2024-03-01","general"]]}',
    "index": '{"0":{"date":"2024-03-01","kind":"general"}}',
    "table": '{"schema":{"fields":[{"name":"date","type":"string"}],"primaryKey":["index"],'
    '"pandas_version":"1.4.0"},"data":[{"index":0,"date":"2024-03-01","kind":"general"}]}',
}


@pytest.mark.parametrize(
    ("argv", "text"),
    [
        (["listings", "FILE"], _COLUMNS_URL),
        (["plan", "FILE", "--account", ACCOUNT, "--as-of", "2026-11-23"], _COLUMNS_URL),
        (["good-faith", "FILE", "--as-of", "2023-03-31"], _COLUMNS_HISTORY),
    ],
    ids=["listings", "plan", "good-faith"],
)
def test_pandas_default_to_json_on_a_json_lines_line_is_hinted(
    argv: list[str], text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "table.jsonl"
    path.write_text(text + "\n", "utf-8")
    code, out, err = run_cli(_with(argv, str(path)), capsys)
    assert (code, out) == (2, "")
    assert err.startswith(f"ipprules: error: {path}:1")
    assert "a table as pandas' to_json() writes it (orient='columns')" in err
    assert "to_json(orient='records', lines=True)" in err


@pytest.mark.parametrize("orient", sorted(_VIOLATIONS))
def test_a_violations_json_of_a_dataframe_orient_is_hinted(
    orient: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "violations.json"
    path.write_text(_VIOLATIONS[orient], "utf-8")
    code, out, err = run_cli(_with(PENALTIES, str(path)), capsys)
    assert (code, out) == (2, "")
    said = "orient='columns')" if orient == "columns" else f"orient={orient!r}) writes it"
    assert said in err
    assert err.count("\n") == 1  # one line, not a line per unknown key
    assert err.rstrip().endswith("write a list of objects (to_json(orient='records'))")
    # a list of those objects, as the hint says, is read
    path.write_text('[{"date":"2024-03-01","kind":"general"}]', "utf-8")
    assert run_cli(_with(PENALTIES, str(path)), capsys)[0] == 0


# --------------------------------------------------- 3. a stray NUL in a UTF-8 file, said so

_STRAY = "NUL byte in text: a NUL byte in a UTF-8 file, after "
_NUL_FILES = {
    "listings": (["listings", "FILE"], "url,reason\nhttps://a.example/1,coun\0terfeit\n"),
    "good-faith": (
        ["good-faith", "FILE", "--as-of", "2023-03-31"],
        "type,date,id\ncomplaint,2023-01-05,c\u00e9\0\n",
    ),
    "penalties": (PENALTIES, "date,kind\n2024-03-01,gen\0eral\n"),
}


@pytest.mark.parametrize("reader", sorted(_NUL_FILES))
def test_a_stray_nul_in_utf8_text_is_said_so(
    reader: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv, text = _NUL_FILES[reader]
    path = tmp_path / "in.csv"
    path.write_bytes(text.encode("utf-8"))
    code, out, err = run_cli(_with(argv, str(path)), capsys)
    assert (code, out) == (2, "")
    line = text.split("\0")[0].split("\n")[-1]
    cell = line.split(",")[-1]
    column = len(line) + 1
    assert err == (
        f"ipprules: error: {path}:2:{column}: $: {_STRAY}{cell!r} (the text around it reads "
        "as UTF-8; a NUL is no character of text): remove it\n"
    )


@pytest.mark.parametrize(
    ("data", "said"),
    [
        ("url\nhttps://a.example/1\n".encode("utf-16-le"), "looks like UTF-16"),
        (b"url\nSQLite format 3\0" + bytes(400) + b"\x10\x00\x01\x01", "UTF-16 or binary?"),
        (b"url\n" + bytes(64), "UTF-16 or binary?"),
    ],
    ids=["utf-16", "binary", "zeros"],
)
def test_utf16_and_binary_keep_their_nul_words(
    data: bytes, said: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "in.txt"
    path.write_bytes(data)
    code, _, err = run_cli(["listings", str(path)], capsys)
    assert code == 2
    assert said in err
    assert "UTF-8 file" not in err


# ------------------------------------------------------------- 4. --calendar - (stdin)


@pytest.mark.parametrize(
    "argv",
    [
        ["deadline", "takedown", "--on", "2024-05-03"],
        ["lifecycle", str(EXAMPLES / "lifecycle-counter-notice.json")],
    ],
    ids=["deadline", "lifecycle"],
)
def test_calendar_on_stdin_is_said_plainly(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli([*argv, "--calendar", "-"], capsys)
    assert (code, out) == (2, "")
    assert err.startswith(
        "ipprules: error: --calendar: '-' (standard input) is not read for a calendar: give "
        "a calendar's name (weekends, china, site, "
    )
    assert "or the path of a .json or .toml calendar file" in err
    assert err.count("\n") == 1


# ------------------------------------- 5. a withdrawal after a late last counter-notice (R61)

_ROUNDS = "ipr_verified,takedown,counter_notice_filed,filer_rejects_counter_notice=forged,"
_DAYS = "2024-05-02,2024-05-03,2024-05-06,2024-05-07,"


@pytest.mark.parametrize(
    ("events", "days", "noted"),
    [
        ("counter_notice_filed,withdraw", "2024-06-12,2024-06-13", True),  # late, then withdrawn
        ("withdraw", "2024-06-13", True),  # no counter-notice: the note given already
        ("counter_notice_filed,withdraw", "2024-06-10,2024-06-13", False),  # in time: a decision
    ],
    ids=["late-counter-notice", "no-counter-notice", "in-time"],
)
def test_a_withdrawal_after_a_late_last_counter_notice_says_no_chance_was_left(
    events: str, days: str, noted: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["lifecycle", "--events", _ROUNDS + events, "--on", _DAYS + days]
    code, out, err = run_cli([*argv, "--platform", "aliexpress", "--format", "json"], capsys)
    assert code in (0, 1), err
    report = json.loads(out)
    notes = " ".join(report["notes"])
    assert ("no chance was left (R61)" in notes) is noted
    if events.startswith("counter_notice_filed") and noted:
        assert "counter_notice_round_2_3 ended on 2024-06-11" in notes
        assert "the counter_notice_filed of 2024-06-12 was out of time" in notes
