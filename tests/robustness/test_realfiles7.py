"""Sweep realfiles7: what realfiles6 left, and the Good Faith timeline table.

A ``--timeline`` row printed a rate to 2 decimals without its threshold beside it: 899,999
of 1,000,000 listings taken down read ``90.00%`` on a day that does not qualify.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from _cli import run_cli

HEADER = (
    "type,date,id,platform,reason_code,listings,taken_down,rejected,withdrawn,pending,"
    "reinstated,counter_rejected,note"
)


def _history(tmp_path: Path, first_taken: int) -> Path:
    """Ten complaints of 100,000 listings: 9 x 90,000 taken down and one of ``first_taken``."""
    rows = [HEADER, "declaration,2022-09-01,,,,,,,,,,,"]
    rows.append(
        f"complaint,2022-09-05,C0,taobao,tm_misuse,100000,{first_taken},"
        f"{100000 - first_taken},0,0,0,0,"
    )
    rows += [
        f"complaint,2022-09-05,C{i},taobao,tm_misuse,100000,90000,10000,0,0,0,0,"
        for i in range(1, 10)
    ]
    path = tmp_path / "h.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(("first_taken", "shown"), [(89_999, "89.9999%"), (90_001, "90.0001%")])
def test_timeline_rate_next_to_threshold_is_not_the_threshold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], first_taken: int, shown: str
) -> None:
    path = _history(tmp_path, first_taken)
    code, out, err = run_cli(
        ["good-faith", str(path), "--timeline", "2022-09-04", "2022-09-06"], capsys
    )
    assert code == 0, err
    row = next(line for line in out.splitlines() if line.startswith("2022-09-06"))
    assert shown in row.split(), row
    assert "90.00%" not in row


def test_timeline_rate_at_threshold_keeps_two_decimals(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_cli(
        ["good-faith", str(_history(tmp_path, 90_000)), "--timeline", "2022-09-06", "2022-09-06"],
        capsys,
    )
    assert code == 0, err
    row = next(line for line in out.splitlines() if line.startswith("2022-09-06"))
    assert "90.00%" in row.split(), row


EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
STDIN_COMMANDS = [
    ["listings", "-"],
    ["good-faith", "-"],
    ["good-faith", str(EXAMPLES / "history.csv"), "--what-if", "-"],
    ["plan", "-", "--account", str(EXAMPLES / "plan.toml")],
    ["penalties", "-", "--platform", "taobao"],
    ["check", "-"],
]


@pytest.mark.parametrize(
    "argv", STDIN_COMMANDS, ids=lambda argv: " ".join(Path(a).name for a in argv)
)
@pytest.mark.parametrize(
    ("packed", "pipe"),
    [
        (b"\x1f\x8b\x08\x00" + bytes(range(128, 160)), "gunzip -c FILE.gz |"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(40), "unzip -p FILE.zip |"),
    ],
    ids=["gzip", "zip"],
)
def test_packed_stdin_is_not_told_to_rename_itself(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    packed: bytes,
    pipe: str,
) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(packed)))
    code, _, err = run_cli(argv, capsys)
    assert code == 2, err
    assert err.startswith("ipprules: error: <stdin>:1:"), err
    assert "name it *" not in err
    assert (
        f"on standard input, which is not read decompressed: decompress it on its way in ({pipe}"
        in err
    )


SEPARATORS = {
    "\u2028": "a line separator (U+2028)",
    "\u2029": "a paragraph separator (U+2029)",
    "\x85": "a next-line character (U+0085)",
    "\x0b": "a vertical tab (U+000B)",
    "\x0c": "a form feed (U+000C)",
}
HISTORY_JSONL = (
    '{"type": "complaint", "date": "2022-09-05", "id": "C1", "platform": "taobao", '
    '"reason_code": "tm_misuse", "listings": 2, "taken_down": 2}\n'
) * 2
READERS = {  # command, file name, text: each ends its lines at \n
    "listings": (["listings"], "u.txt", (EXAMPLES / "urls.txt").read_text("utf-8")),
    "plan": (
        ["plan", "--account", str(EXAMPLES / "planner-account.toml")],
        "u.csv",
        (EXAMPLES / "planner-urls.csv").read_text("utf-8"),
    ),
    "good-faith": (["good-faith"], "h.csv", (EXAMPLES / "history.csv").read_text("utf-8")),
    "good-faith-jsonl": (["good-faith"], "h.jsonl", HISTORY_JSONL),
    "penalties": (
        ["penalties", "--platform", "alibaba_com"],
        "v.csv",
        (EXAMPLES / "violations-alibaba-com.csv").read_text("utf-8"),
    ),
    "check": (["check"], "p.toml", (EXAMPLES / "plan.toml").read_text("utf-8")),
    "lifecycle": (
        ["lifecycle"],
        "l.json",
        (EXAMPLES / "lifecycle-counter-notice.json").read_text("utf-8"),
    ),
}


@pytest.mark.parametrize("separator", list(SEPARATORS), ids=lambda s: f"U+{ord(s):04X}")
@pytest.mark.parametrize("reader", list(READERS))
def test_lines_ended_by_a_separator_are_refused_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], reader: str, separator: str
) -> None:
    """A file whose lines end in U+2028 (or U+2029, NEL, VT, FF) is one line to every
    reader: it is refused naming the character at its line and column, not read as a header
    of one column, one JSON value with "Extra data", or a TOML comment of the whole file."""
    argv, name, text = READERS[reader]
    path = tmp_path / name
    path.write_text(text.replace("\n", separator), encoding="utf-8")
    code, _, err = run_cli([argv[0], str(path), *argv[1:]], capsys)
    first = text.index("\n") + 1
    assert code == 2, err
    assert f"{path}:1:{first}: $: {SEPARATORS[separator]}, where no reader" in err, err


def test_a_separator_at_a_line_end_of_a_csv_is_white_space(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "h.csv"
    text = (EXAMPLES / "history.csv").read_text("utf-8")
    path.write_text(text.replace("\n", "\u2028\n", 1), encoding="utf-8")
    code, _, err = run_cli(["good-faith", str(path), "--as-of", "2022-12-31"], capsys)
    assert code == 0, err


@pytest.mark.parametrize("before", ["\ufeff\ufeff", "\n\n\ufeff", "\ufeff \ufeff\n"])
@pytest.mark.parametrize(
    ("argv", "name"),
    [(["check"], "plan.toml"), (["lifecycle"], "lifecycle-counter-notice.json")],
)
def test_documents_with_a_second_byte_order_mark_are_read(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    before: str,
    argv: list[str],
    name: str,
) -> None:
    """A second byte-order mark before a TOML or JSON document's content (a file saved with
    two, or files joined) is ignored, as a CSV header's is: the same answer as without."""
    original = EXAMPLES / name
    path = tmp_path / name
    path.write_text(before + original.read_text("utf-8"), encoding="utf-8")
    code, out, err = run_cli([*argv, str(original)], capsys)
    assert code in (0, 1), err

    def same(text: str, where: Path) -> str:  # the file's name and its lines not compared
        return re.sub(r":\d+\)", ")", text.replace(str(where), "FILE"))

    again, out_again, err_again = run_cli([*argv, str(path)], capsys)
    assert (again, same(out_again, path), err_again) == (code, same(out, original), err)


@pytest.mark.parametrize("separator", list(SEPARATORS), ids=lambda s: f"U+{ord(s):04X}")
@pytest.mark.parametrize(
    "argv", [["listings"], ["plan", "--account", str(EXAMPLES / "planner-account.toml")]]
)
def test_separators_inside_a_json_lines_string_are_its_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], separator: str
) -> None:
    """Inside a JSON Lines line's string (a note pasted from a page, cp1252's ellipsis read
    as U+0085) a line separator is text, as JSON says: the line is read, not refused as one
    whose lines end in it (the refusal stays for objects one after another on a line)."""
    note = f"seen{separator}twice{separator}here"
    url = "https://item.taobao.com/item.htm?id=606832683299"
    path = tmp_path / "u.jsonl"
    path.write_text(json.dumps({"url": url, "notes": note}, ensure_ascii=False) + "\n", "utf-8")
    code, out, err = run_cli([argv[0], str(path), *argv[1:]], capsys)
    assert "where no reader" not in err, err
    assert code in (0, 1), err
    assert "606832683299" in out, out
