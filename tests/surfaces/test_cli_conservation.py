"""Conservation through the command line (#14: "every line accounted for"): files as users
save them (real pasted URLs from the tables of real URLs, blank and white-space lines, ``#``
notes, a byte-order mark, CRLF, a lone CR inside a line, lines pasted again, long lines)
through ``ipprules listings`` (JSON and CSV, with and without ``--dedupe``) and ``ipprules
plan --out`` (its reconciliation, rejections, duplicates and complaint files and manifest):
every line that holds something comes out exactly once, at its line number, and the counts
add up. A line the reader refuses (a NUL byte, a line over the cap) stops the run with its
line number, never a line silently dropped.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from _real_urls import real_texts
from ipprules._files import DEFAULT_MAX_LINE
from ipprules.cli import main
from ipprules.errors import InputError
from ipprules.listings.columns import starts_json_lines
from ipprules.planner import read_lines

_HEADER_LIKE = re.compile(r'(?i)(^|[,;\t])\s*"?url"?\s*($|[,;\t])|^\s*sep=')
#: real pasted inputs that are not a CSV header the planner's reader would take the file for
#: every real text that is one line of a file (a few share texts of the tables hold a line
#: break: written to a file they are two lines, which the expected line numbers do not know),
#: and no JSON object (``{"https://…":"x"}``: a file whose first line is one is JSON Lines)
REAL = [
    text
    for text in real_texts()
    if not _HEADER_LIKE.search(text)
    and "\n" not in text
    and "\r" not in text
    and not starts_json_lines(text.strip())
]
BLANKS = ["", " ", "\t", "\u3000", "\u00a0", "\r"]
NOTES = ["# checked by Li", "  # indented note", "#"]
ACCOUNT = (
    'as_of = "2026-11-23"\n[account]\nname = "Acme Ltd"\nlocation = "elsewhere"\n'
    'identity = "enterprise"\ndocuments = ["business_registration"]\n'
    'complaints_filed = 500\n[[rights]]\nid = "tm-cn"\nipr_type = "trademark"\n'
    'place = "CN"\nname = "ACME"\ndocuments = ["trademark_certificate"]\n'
)


#: Strategies ``saved_files`` draws from for each line, made once: ``sampled_from`` copies
#: its list (the ~5,700 real texts) each time it is made (the examples are the same).
_A_REAL = st.sampled_from(REAL)
_KIND = st.sampled_from(["real"] * 6 + ["blank", "note", "again", "cr", "long"])
_BLANK, _NOTE, _INDENT = (st.sampled_from(x) for x in (BLANKS, NOTES, ["", " ", "\t"]))


@st.composite
def saved_files(draw: st.DrawFn) -> tuple[list[str], bytes]:
    """(the lines as the reader gives them, the file's bytes)."""
    lines: list[str] = []
    for _ in range(draw(st.integers(1, 40))):
        kind = draw(_KIND)
        if kind == "blank":
            lines.append(draw(_BLANK))
        elif kind == "note":
            lines.append(draw(_NOTE))
        elif kind == "again" and lines:
            lines.append(draw(_INDENT) + draw(st.sampled_from(lines)))
        elif kind == "cr":  # a lone CR inside a line (an old Mac paste): one line
            lines.append(draw(_A_REAL) + "\r" + draw(_A_REAL))
        elif kind == "long":  # a long query, under the reader's line cap
            lines.append(draw(_A_REAL) + "&x=" + "y" * draw(st.integers(1, 9000)))
        else:
            lines.append(draw(_A_REAL))
    if lines[-1] == "\r":  # a blank "\r" last, with no line end, would be a line end itself
        lines[-1] = " "
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    bom = "\ufeff" if draw(st.booleans()) else ""
    final = newline if draw(st.booleans()) else ""
    data = (bom + newline.join(lines) + final).encode("utf-8")
    return lines, data


def _holding(lines: list[str], notes_skipped: bool) -> list[int]:
    return [
        i
        for i, text in enumerate(lines, 1)
        if text.strip() and not (notes_skipped and text.strip().startswith("#"))
    ]


FEW = settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))


@FEW
@given(saved=saved_files(), dedupe=st.booleans())
def test_listings_cli_gives_every_line_once_in_json_and_csv(
    tmp_path_factory: pytest.TempPathFactory,
    capsys: pytest.CaptureFixture[str],
    saved: tuple[list[str], bytes],
    dedupe: bool,
) -> None:
    lines, data = saved
    path = tmp_path_factory.mktemp("pile") / "pile.txt"
    path.write_bytes(data)
    expected = _holding(lines, notes_skipped=False)  # `listings` parses a note line too
    flags = ["--input", "lines"] + ["--dedupe"] * dedupe
    if expected and "\r" in lines[expected[0] - 1].strip():  # read as the planner reads it:
        # a file with old Mac line ends (CR only), refused at that line (its URLs but the
        # first were lost, exit 0)
        assert main(["listings", str(path), "--format", "json", *flags]) == 2
        said = capsys.readouterr().err
        assert f"pile.txt:{expected[0]}:" in said
        assert "$: lines end in bare carriage returns" in said
        return
    assert main(["listings", str(path), "--format", "json", *flags]) in (0, 1)
    out = json.loads(capsys.readouterr().out)
    assert [r["line"] for r in out["results"]] == expected
    summary = out["summary"]
    assert summary["total"] == len(expected)
    assert summary["parsed"] + summary["duplicates"] + sum(summary["rejected"].values()) == len(
        expected
    )
    statuses = [r["status"] for r in out["results"]]
    assert statuses.count("duplicate") == summary["duplicates"]
    assert main(["listings", str(path), "--format", "csv", *flags]) in (0, 1)
    csv.field_size_limit(1 << 24)
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [int(r["line"]) for r in rows] == expected
    assert [r["status"] for r in rows] == statuses


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(saved=saved_files())
def test_plan_cli_exports_every_line_once(
    tmp_path_factory: pytest.TempPathFactory,
    capsys: pytest.CaptureFixture[str],
    saved: tuple[list[str], bytes],
) -> None:
    lines, data = saved
    folder = tmp_path_factory.mktemp("plan")
    path, account, out = folder / "pile.txt", folder / "account.toml", folder / "out"
    path.write_bytes(data)
    account.write_text(ACCOUNT, encoding="utf-8")
    expected = _holding(lines, notes_skipped=True)
    argv = ["plan", str(path), "--account", str(account), "--reason", "tm_counterfeit"]
    code = main([*argv, "--out", str(out)])
    said = capsys.readouterr().err
    if not expected:  # nothing to plan: no folder of files is made
        assert code in (0, 1, 2)
        return
    if "\r" in lines[expected[0] - 1].strip():  # the planner's reader takes it for a file
        assert code == 2  # with old Mac line ends (CR only), and refuses it at that line
        assert f"pile.txt:{expected[0]}: $: lines end in bare carriage returns" in said
        return
    assert code in (0, 1)
    csv.field_size_limit(1 << 24)

    def table(name: str) -> list[dict[str, str]]:
        with (out / name).open(encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))

    reconciliation = table("reconciliation.csv")
    assert sorted(int(r["line"]) for r in reconciliation) == expected  # each line once
    counts = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["counts"]
    assert sum(counts.values()) == len(expected)
    by_status = {s: sum(r["status"] == s for r in reconciliation) for s in counts}
    assert by_status == counts
    assert len(table("rejections.csv")) == counts["rejected"]
    assert len(table("duplicates.csv")) == counts["duplicate"]
    filed = [
        line
        for complaint in out.glob("c*.txt")
        for line in complaint.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert len(filed) == counts["planned"]


@pytest.mark.parametrize("bad", ["nul", "long"])
def test_a_line_the_reader_refuses_stops_the_run_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bad: str
) -> None:
    """Never a line dropped: the reader stops at the line (planner and listings alike)."""
    lines = REAL[:6]
    lines[4] += "\x00" if bad == "nul" else "y" * (DEFAULT_MAX_LINE + 1)
    path = tmp_path / "pile.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"pile\.txt:5:"):
        list(read_lines(path))
    assert main(["listings", str(path), "--input", "lines"]) == 2
    assert re.search(r"pile\.txt:5:(\d+:)? ", capsys.readouterr().err)


def test_a_lone_cr_in_an_input_is_quoted_in_the_csv_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--format csv`` ends its rows with LF and quoted only what holds an LF: an input
    holding a lone CR was written bare, and a CSV reader read its row as two."""
    path = tmp_path / "pile.txt"
    texts = ["not a url", REAL[0] + "\r" + REAL[1], "a\rb\rc"]  # a CR in line 1: old Mac
    path.write_text("\n".join(texts) + "\n", encoding="utf-8")
    assert main(["listings", str(path), "--input", "lines", "--format", "csv"]) in (0, 1)
    out = capsys.readouterr().out
    assert out.count("\n") == 4  # the header and one line a row, each ended by LF alone
    rows = list(csv.DictReader(io.StringIO(out, newline="")))
    assert [(r["line"], r["input"]) for r in rows] == [("1", texts[0]), ("2", texts[1]),
                                                       ("3", texts[2])]  # fmt: skip
