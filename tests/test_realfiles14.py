"""Sweep realfiles14: histories, violations, plans and portfolios as files that grew by hand
over a year: appended to by several people, pasted into, joined with ``cat``, edited in a
word processor. Each file is built here; what each gives (read, with every row counted, or
refused at its file and line with exit 2 and a hint saying what to do) was decided from the
docs first.

- A second header naming a column otherwise (a column renamed between two exports joined)
  was refused as a row ("got 'date'"); it is now said to be a header (``header_renamed``).
- A line whose cells are separated by tabs or semicolons in a comma file, a ``#`` comment
  line, two lines run together, or a line with an empty cell too many at its end said only
  "expected N cells" (``_files.shape_hint``).
- A spreadsheet's ``Total`` line is said to be one (``TOTALS_LINE``).
- An empty cell or a ditto mark meaning "as above" (merged cells) now says so (``as_above``);
  a type written ``Complaint`` or `` complaint `` says the type meant.
- A byte order mark inside a file (``cat a.csv b.csv``), a curly quote, a no-break space and
  a second JSON document after the first got the parser's words only (``BOM_INSIDE``,
  ``_char_hint``); a Windows-1252 curly quote in a UTF-8 file names the character.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest

from _cli import run_cli
from ipprules import History

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
ACCOUNT = str(EXAMPLES / "planner-account.toml")

H = (
    "type,date,id,platform,reason_code,listings,taken_down,rejected,withdrawn,pending,"
    "reinstated,counter_rejected,note\n"
)
R1 = "complaint,2022-09-05,C1,taobao,tm_counterfeit,3,3,0,0,0,0,0,\n"
R2 = "complaint,2022-09-06,C2,taobao,tm_counterfeit,2,2,0,0,0,0,0,\n"
R3 = "complaint,2022-09-07,C3,tmall,tm_misuse,1,1,0,0,0,0,0,\n"
V = "date,kind,platform,points,right,id\n"
VA = "2024-01-08,general,aliexpress,2,TM-1,case-101\n"
VB = "2024-01-09,general,aliexpress,3,TM-1,case-102\n"
VC = "2024-01-10,counterfeit,aliexpress,,TM-2,case-103\n"
U = "url,reason,confidence,order_number,notes\n"
UA = "https://item.taobao.com/item.htm?id=606832683299,tm_counterfeit,0.95,,fakes\n"
UB = "https://item.taobao.com/item.htm?id=606832683300,tm_counterfeit,0.9,,again\n"
BOM = "\ufeff"
PORTFOLIO = (EXAMPLES / "portfolio.toml").read_text(encoding="utf-8")
RIGHT = PORTFOLIO[PORTFOLIO.index("[[rights]]") :].split("\n\n", 1)[0] + "\n"
_DATA = tomllib.loads(PORTFOLIO)
JSON = json.dumps(_DATA, default=lambda d: d.isoformat(), indent=2)

RENAMED = "a header again, naming a column otherwise"
EMPTY_ABOVE = "to mean the same as the line above? a line is read alone"
JOINED = "a byte order mark (U+FEFF)"
CURLY = "is a curly quote, as a word processor's autocorrect types it"

COMMANDS = {
    "gf": ["good-faith", "--as-of", "2023-01-01"],
    "pen": ["penalties", "--as-of", "2024-06-01", "--platform", "aliexpress"],
    "cov": ["coverage", "--as-of", "2026-12-02"],
    "plan": ["plan", "--account", ACCOUNT, "--as-of", "2026-11-23"],
}

# (case, command, file name, content, None: read (the number of complaints of a history),
#  else the line refused at and a part of its message)
CASES: list[tuple[str, str, str, str | bytes, int | tuple[int, str]]] = [
    # ---- a Good Faith history appended to by three people
    ("second header", "gf", "h.csv", H + R1 + H + R2, (3, "the header again")),
    (
        "renamed column",
        "gf",
        "h.csv",
        H + R1 + H.replace("reason_code", "reason") + R2,
        (3, RENAMED + " ('reason' where the first header has 'reason_code')"),
    ),
    ("blank line block", "gf", "h.csv", H + R1 + "\n\n\n" + R2, 2),
    (
        "trailing comma",
        "gf",
        "h.csv",
        H + R1 + R2.rstrip("\n") + ",\n" + R3,
        (3, "got 14: its last cell is empty: a delimiter too many at the line's end?"),
    ),
    (
        "two date formats",
        "gf",
        "h.csv",
        H + R1 + R2.replace("2022-09-06", "06/09/2022"),
        (3, "either way round: write 2022-09-06 or 2022-06-09"),
    ),
    ("sorted by id, descending", "gf", "h.csv", H + R3 + R2 + R1, 3),
    ("sorted by platform", "gf", "h.csv", H + R1 + R3 + R2, 3),
    ("merged cells", "gf", "h.csv", H + R1 + ",,C2,,,2,2,0,0,0,0,0,\n", (3, EMPTY_ABOVE)),
    ("merged date", "gf", "h.csv", H + R1 + R2.replace("2022-09-06", ""), (3, EMPTY_ABOVE)),
    (
        "ditto mark",
        "gf",
        "h.csv",
        H + R1 + R2.replace("2022-09-06", "\u3003"),
        (3, "a ditto mark: a cell marked"),
    ),
    (
        "tab line",
        "gf",
        "h.csv",
        H + R1 + R2.replace(",", "\t"),
        (3, "its cells are separated by tabs, not as the header's"),
    ),
    (
        "semicolon line",
        "gf",
        "h.csv",
        H + R1 + R2.replace(",", ";"),
        (3, "its cells are separated by semicolons"),
    ),
    ("comment line", "gf", "h.csv", H + R1 + "# Bob from here\n" + R2, (3, "a comment line?")),
    ("cat, each with a BOM", "gf", "h.csv", BOM + H + R1 + BOM + H + R2, (3, "the header again")),
    ("BOM before a row", "gf", "h.csv", H + R1 + BOM + R2, (3, JOINED)),
    ("CR only", "gf", "h.csv", (H + R1).replace("\n", "\r"), (1, "old Mac line endings")),
    ("CRLF lines mixed", "gf", "h.csv", H + R1.replace("\n", "\r\n") + R2, 2),
    (
        "Complaint in capitals",
        "gf",
        "h.csv",
        H + R1 + R2.replace("complaint", "Complaint"),
        (3, "(did you mean 'complaint'? a type is written in lower case"),
    ),
    (
        "type with spaces",
        "gf",
        "h.csv",
        H + R1 + R2.replace("complaint", " complaint "),
        (3, "did you mean 'complaint'?"),
    ),
    ("appended twice", "gf", "h.csv", H + R1 + R2 + R1, (4, "duplicate id 'C1'")),
    (
        "cp1252 quote",
        "gf",
        "h.csv",
        (H + R1 + R2.rstrip("\n")).encode() + b"\x93yes\x94\n",
        (3, "byte 0x93): \u201c (U+201C) as Windows-1252 writes it"),
    ),
    ("UTF-8 curly quotes", "gf", "h.csv", H + R1 + R2.replace(",\n", ",\u201cok\u201d\n"), 2),
    (
        "JSON Lines joined without a line break",
        "gf",
        "h.jsonl",
        '{"type": "complaint", "date": "2022-09-05", "id": "C1", "platform": "taobao", '
        '"reason_code": "tm_counterfeit", "listings": 1, "taken_down": 1}' * 2 + "\n",
        (1, "a second object on the line: a line break is missing"),
    ),
    (
        "JSON Lines, BOM on line 2",
        "gf",
        "h.jsonl",
        '{"type": "declaration", "date": "2022-09-01"}\n'
        + BOM
        + '{"type": "withdrawal", "date": "2022-09-02"}\n',
        (2, "the line starts with a byte order"),
    ),
    (
        "totals line",
        "gf",
        "h.csv",
        H + R1 + R2 + "Total,,,,,5,5,0,0,0,0,0,\n",
        (4, "a totals line (a spreadsheet's sum of the lines above), not a row: delete it"),
    ),
    (
        "two lines run together",
        "gf",
        "h.csv",
        H + R1.rstrip("\n") + R2,
        (2, "got 25: two lines run together? it has two lines' cells but one, cell 13"),
    ),
    # ---- a violations file
    (
        "violations: two lines run together",
        "pen",
        "v.csv",
        V + VA.rstrip("\n") + VB,
        (2, "cell 6 holding 'case-1012024-01-09': a line break is missing"),
    ),
    (
        "violations: totals line",
        "pen",
        "v.csv",
        V + VA + VB + "Total,,,5,,\n",
        (4, "a totals line"),
    ),
    ("violations: merged cells", "pen", "v.csv", V + VA + ",,,3,TM-1,case-102\n", (3, EMPTY_ABOVE)),
    (
        "violations: ditto kind",
        "pen",
        "v.csv",
        V + VA + VB.replace("general", "\u3003"),
        (
            3,
            "'\u3003'; known: counterfeit, piracy, general, content, patent, registered_design (a ditto",
        ),
    ),
    ("violations: second header", "pen", "v.csv", V + VA + V + VB, (3, "the header again")),
    (
        "violations: renamed column",
        "pen",
        "v.csv",
        V + VA + V.replace("points", "score") + VB,
        (3, RENAMED + " ('score' where the first header has 'points')"),
    ),
    ("violations: BOM before a row", "pen", "v.csv", V + VA + BOM + VB, (3, JOINED)),
    (
        "violations: tab line",
        "pen",
        "v.csv",
        V + VA + VB.replace(",", "\t"),
        (3, "expected 6 cells, got 1: its cells are separated by tabs"),
    ),
    ("violations: comment line", "pen", "v.csv", V + VA + "# Bob\n" + VB, (3, "a comment line?")),
    ("violations: blank block", "pen", "v.csv", V + VA + "\n\n\n" + VB, 0),
    ("violations: sorted otherwise", "pen", "v.csv", V + VC + VA + VB, 0),
    ("violations: trailing comma (read: empty)", "pen", "v.csv", V + VA + VB.rstrip() + ",\n", 0),
    ("violations: appended twice", "pen", "v.csv", V + VA + VB + VA, (4, "repeats line 2")),
    # ---- a planner CSV
    (
        "plan: renamed column",
        "plan",
        "u.csv",
        U + UA + U.replace("reason,", "reason_code,") + UB,
        (3, RENAMED),
    ),
    (
        "plan: tab line",
        "plan",
        "u.csv",
        U + UA + UB.replace(",", "\t"),
        (3, "its cells are separated by tabs"),
    ),
    (
        "plan: two lines run together",
        "plan",
        "u.csv",
        U + UA.rstrip("\n") + UB,
        (2, "two lines run together?"),
    ),
    # ---- a portfolio, TOML and JSON, edited by hand
    (
        "portfolio: key twice",
        "cov",
        "p.toml",
        PORTFOLIO.replace("expiry_date = 2029-06-13\n", "expiry_date = 2029-06-13\n" * 2, 1),
        (52, "'expiry_date'"),
    ),
    (
        "portfolio: right twice",
        "cov",
        "p.toml",
        PORTFOLIO + "\n" + RIGHT.replace("2029-06-13", "2035-06-13"),
        (0, "right id 'tm-cn' repeats"),
    ),
    (
        "portfolio: curly quotes",
        "cov",
        "p.toml",
        PORTFOLIO.replace('"BrandGuard Services"', "\u201cBrandGuard Services\u201d"),
        (13, CURLY),
    ),
    (
        "portfolio: BOM of a joined file",
        "cov",
        "p.toml",
        PORTFOLIO + "\n" + BOM + RIGHT.replace('"tm-cn"', '"tm-cn2"'),
        (0, JOINED),
    ),
    (
        "portfolio: no-break space",
        "cov",
        "p.toml",
        PORTFOLIO.replace("expiry_date = 2029", "expiry_date\u00a0= 2029", 1),
        (51, "a no-break space (U+00A0)"),
    ),
    ("portfolio: tabs", "cov", "p.toml", PORTFOLIO.replace("\nid = ", "\n\tid = "), None),
    ("portfolio: cat twice", "cov", "p.toml", PORTFOLIO + PORTFOLIO, (0, "declared twice")),
    ("portfolio: CR only", "cov", "p.toml", PORTFOLIO.replace("\n", "\r"), (1, "old Mac")),
    (
        "portfolio JSON: trailing comment",
        "cov",
        "p.json",
        JSON + "\n// Ann, 2026-03\n",
        (0, "JSON has no comments"),
    ),
    (
        "portfolio JSON: curly quotes",
        "cov",
        "p.json",
        JSON.replace('"BrandGuard Services"', "\u201cBrandGuard Services\u201d"),
        (4, CURLY),
    ),
    (
        "portfolio JSON: two joined",
        "cov",
        "p.json",
        JSON + "\n" + JSON + "\n",
        (0, "a second JSON document after the first"),
    ),
    ("portfolio JSON: BOM at a joined end", "cov", "p.json", JSON + "\n" + BOM + "{}", (0, JOINED)),
]


@pytest.mark.parametrize(
    ("command", "name", "content", "expected"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_a_file_kept_by_hand(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
    name: str,
    content: str | bytes,
    expected: int | tuple[int, str] | None,
) -> None:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    code, _out, err = run_cli([COMMANDS[command][0], str(path), *COMMANDS[command][1:]], capsys)
    if isinstance(expected, tuple):
        line, said = expected
        assert code == 2, err
        assert "Traceback" not in err
        first = err.splitlines()[0]
        where = f"{path}:{line}:" if line else f"{path}:"
        assert first.startswith(f"ipprules: error: {where}"), first
        assert said in err, err
    else:
        assert code in (0, 1), err  # read (1: a standing that does not qualify, gaps)
        assert "error" not in err, err
        if command == "gf":  # every row counted
            assert repr(History.from_file(path)).startswith(f"History({expected} complaint(s)")


def test_enough_files() -> None:
    assert len(CASES) >= 40
