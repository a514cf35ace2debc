"""review21: history CSV files as spreadsheets and ``to_csv`` write them (every cell quoted,
some cells quoted, ``""`` escapes, quoted empty cells, quoted ids, dates and header, notes over
several lines, CRLF and lone CR inside quotes, a BOM, trailing empty columns, a stray quote
inside a cell, ``"a"b``, lines longer than a block, a file ending inside quotes or on a quote,
NUL inside quotes) read with tiny blocks by every reader (``iter_rows`` by path and from a
stream, ``History.from_file``, ``History.by_account``) give what the csv module's reading
(:func:`~ipprules.goodfaith.history.iter_history`) gives: the same rows, the same standings and
the same first error (message, file, line, column)."""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipprules.cli import main
from ipprules.errors import InputError
from ipprules.goodfaith import AccountEvent, Complaint, History, history, ids, iter_rows

LAYOUTS = [
    ["type", "date", "id", "platform", "reason_code", "listings", "taken_down", "rejected", "note"],
    [
        "date",
        "type",
        "id",
        "account",
        "platform",
        "reason_code",
        "listings",
        "taken_down",
        "rejected",
        "note",
        "",
        "",
    ],
    ["type", "date", "platform", "reason_code", "listings", "taken_down", "note", "rejected"],
]

NOTES = [
    "",
    "plain",
    "a, b",
    'say "no"',
    "two\nlines",
    "three\n\nlines, one blank",
    "cr\rinside",
    "crlf\r\ninside",
    "é, ü",
    "x" * 90,  # longer than the small blocks
    "long, " + "y" * 90 + "\nand on",
    'ab"c',  # a quote inside a cell
]


def quote(cell: str) -> str:
    return '"' + cell.replace('"', '""') + '"'


@st.composite
def exports(draw: st.DrawFn) -> str:
    """A history CSV as a spreadsheet or ``to_csv`` writes one, now and then broken."""
    layout = draw(st.sampled_from(LAYOUTS))
    mode = draw(st.sampled_from(["minimal", "all", "some", "all-but-empty"]))
    end = draw(st.sampled_from(["\n", "\r\n"]))

    def cell(text: str, *, force: bool = False) -> str:
        needs = any(c in text for c in ',"\r\n')
        if force or needs:
            return quote(text)
        if mode == "all" or (mode == "all-but-empty" and text):
            return quote(text)
        if mode == "some" and draw(st.booleans()):
            return quote(text)
        if text.startswith('"') or draw(st.integers(0, 30)) == 0:
            return text if '"' not in text[:1] else quote(text)
        return text

    head = [cell(h) for h in layout]
    if draw(st.integers(0, 8)) == 0:
        head = [quote(h) for h in layout]
    lines = [",".join(head)]
    if draw(st.integers(0, 10)) == 0:
        lines[0] = "\ufeff" + lines[0]
    used: list[str] = []
    clean = draw(st.booleans())  # no bad cell but the ``broken`` one
    accounts = draw(st.sampled_from([["A"], ["A, Inc."], ["A", "B, Ltd."]]))

    def pick(good: list[str], bad: list[str]) -> str:
        return draw(st.sampled_from(good if clean else good * 6 + bad))

    for i in range(draw(st.integers(0, 30))):
        kind = draw(st.sampled_from(["complaint"] * 6 + ["declaration", "abuse", "blank"]))
        if kind == "blank":
            lines.append(pick([""], [",,,", " "]))
            continue
        cid = pick([f"C{i:03d}", f"C{i:03d}", "", f"C,{i}", f'C"{i}'], used[-2:])
        if kind == "complaint":
            used.append(cid)
        day = pick(["2023-01-02", "2023-01-03"], ["2023-02-30"])
        td, rj = draw(st.integers(1, 2)), draw(st.integers(0, 1))
        values = {
            "type": kind,
            "date": day,
            "id": cid,
            "account": pick(accounts, ["B", ""]),
            "platform": pick(["tmall", "tmall", "tao,bao"], [""]),
            "reason_code": "x",
            "listings": str(td + rj),
            "taken_down": str(td),
            "rejected": str(rj),
            "note": draw(st.sampled_from(NOTES)),
        }
        if kind != "complaint":
            for c in ("id", "platform", "reason_code", "listings", "taken_down", "rejected"):
                values[c] = ""
        cells = [cell(values[c]) if c else "" for c in layout]
        line = ",".join(cells)
        lines.append(line)
    broken = draw(
        st.sampled_from(
            [None] * 14
            + [
                '"a"b',  # text after a closing quote
                '"never closed',
                "bare\rcr",  # a carriage return outside quotes
                '"nul\0inside"',
                "trailing,,,",
                'ab"c',
            ]
        )
    )
    if broken is not None and len(lines) > 1:
        at = draw(st.integers(1, len(lines) - 1))
        cut = lines[at].rfind(",")
        lines[at] = lines[at][: cut + 1] + broken
    text = end.join(lines)
    if draw(st.booleans()):
        text += end
    tail = draw(st.sampled_from([""] * 8 + ['"', '"open', end + '"', end + end]))
    return text + tail


def outcome(read: Any) -> tuple[Any, ...]:
    """The events in order, the complaints as a multiset (equal lines of a block come
    together), and the first error in full, with its line and column."""
    seen: list[Any] = []
    try:
        for r in read():
            seen.append(r)
        error = None
    except InputError as exc:
        error = (str(exc), exc.line, exc.column)
    events = [r for r in seen if isinstance(r, AccountEvent)]
    return error, events, Counter(r for r in seen if not isinstance(r, AccountEvent))


def as_rows(records: Any) -> Any:
    return (r.as_row() if isinstance(r, Complaint) else r for r in records)


def failure(call: Any) -> Any:
    try:
        return call()
    except InputError as exc:
        return (str(exc), exc.line, exc.column)


def check_readers(path: Path, text: str) -> None:
    expected = outcome(lambda: as_rows(history.iter_history(path)))
    assert outcome(lambda: iter_rows(path)) == expected
    stream = lambda: io.StringIO(text, newline="")  # noqa: E731
    assert outcome(lambda: iter_rows(stream(), name=str(path))) == expected
    assert outcome(lambda: iter_rows(io.BytesIO(path.read_bytes()), name=str(path))) == expected
    whole = failure(lambda: History.from_file(path))
    if expected[0] is None:
        rows = [*expected[1], *expected[2].elements()]
        assert whole == History.from_rows(rows)
    else:
        assert whole == expected[0]
    # by account: each account's history is what the csv module reads for that account
    split = failure(lambda: History.by_account(path))
    assert failure(lambda: History.by_account(stream(), name=str(path))) == split
    if isinstance(split, dict):
        for account, found in split.items():
            if "account" in text.partition("\n")[0]:
                mine = outcome(lambda a=account: as_rows(history.iter_history(path, account=a)))
                assert mine[0] is None
                assert found == History.from_rows([*mine[1], *mine[2].elements()])
            else:
                assert found == whole


@pytest.mark.no_cover
@settings(
    max_examples=100,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    text=exports(),
    first=st.sampled_from([4, 64, 1024]),
    block=st.sampled_from([8, 64, 300]),
    gap=st.sampled_from([1, 40, 1 << 20]),
    narrow=st.sampled_from([0, 0xF, 0x8080_0000_0000_0001]),
)
def test_spreadsheet_exports_read_as_the_csv_module(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    text: str,
    first: int,
    block: int,
    gap: int,
    narrow: int,
) -> None:
    # the fixture lasts for all the examples: undo the last one's narrow ids, or every
    # example after the first narrow one (narrow=0 too) read with them
    monkeypatch.undo()
    monkeypatch.setattr(history, "_FIRST_BLOCK", first)
    monkeypatch.setattr(history, "_BLOCK", block)
    monkeypatch.setattr(history, "_GAP", gap)
    if narrow:
        monkeypatch.setattr(ids, "MASK", narrow)
        monkeypatch.setattr(ids, "KEEP", 2)
    path = tmp_path / "h.csv"
    path.write_bytes(text.encode("utf-8"))
    check_readers(path, text)


def nul_after_an_error(end: str = "\n") -> str:
    """An export whose line 4 holds a bad date and line 9 a NUL inside a quoted note,
    both in the first kilobyte (the first chunk any reader reads)."""
    header = ",".join(LAYOUTS[0])
    lines = [f"complaint,2023-01-02,C{i:03d},tmall,x,1,1,0," for i in range(20)]
    lines[2] = lines[2].replace("2023-01-02", "2023-02-30")
    lines[7] += '"nul' + chr(0) + 'inside"'
    return end.join([header, *lines]) + end


@pytest.mark.parametrize("end", ["\n", "\r\n"])
def test_an_error_before_a_nul_byte_comes_first(
    tmp_path: Path, end: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every reader reads (and refuses) the lines before a NUL byte before the NUL, as it
    does before a byte that is not UTF-8: before, a NUL anywhere in the chunk a reader had
    taken (1 KiB first, then up to 1 MiB) was reported instead of an earlier line's error,
    so that the csv reading, the fast path and ``ipprules good-faith`` named different
    lines, depending on the size of their chunks."""
    text = nul_after_an_error(end)
    path = tmp_path / "h.csv"
    path.write_bytes(text.encode("utf-8"))
    column = len("complaint,") + 1  # the date cell of line 4
    message = f"{path}:4:{column}: $.date: expected a date (YYYY-MM-DD), got '2023-02-30' (day is out of range for month)"
    readers = [
        lambda: list(history.iter_history(path)),
        lambda: list(iter_rows(path)),
        lambda: list(iter_rows(io.StringIO(text, newline=""), name=str(path))),
        lambda: History.from_file(path),
        lambda: History.by_account(path),
    ]
    for read in readers:
        with pytest.raises(InputError) as info:
            read()
        assert str(info.value) == message
    assert main(["good-faith", str(path), "--as-of", "2023-06-01"]) == 2
    assert capsys.readouterr().err.strip() == f"ipprules: error: {message}"


def test_a_nul_byte_is_still_refused_at_its_line(tmp_path: Path) -> None:
    """Without an error before it, the NUL is refused at its own line and column."""
    text = nul_after_an_error().replace("2023-02-30", "2023-01-02")
    path = tmp_path / "h.csv"
    path.write_bytes(text.encode("utf-8"))
    for read in (lambda: list(history.iter_history(path)), lambda: History.from_file(path)):
        with pytest.raises(InputError, match="NUL byte in text") as info:
            read()
        line = text.splitlines()[8]
        assert (info.value.line, info.value.column) == (9, line.index(chr(0)) + 1)


def test_json_lines_an_error_before_a_nul_byte_comes_first(tmp_path: Path) -> None:
    """JSON Lines go through the same chunks: the bad date of line 2 comes before the NUL
    of line 6 (before, the NUL was reported: both are in the first chunk)."""
    good = (
        '{"type": "complaint", "date": "2023-01-02", "platform": "tmall", '
        '"reason_code": "x", "listings": 1, "taken_down": 1}'
    )
    lines = [good] * 8
    lines[1] = good.replace("2023-01-02", "2023-02-30")
    lines[5] = good.replace('"x"', '"x' + chr(0) + '"')
    path = tmp_path / "h.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for read in (lambda: list(iter_rows(path)), lambda: list(history.iter_history(path))):
        with pytest.raises(InputError, match=r"\$\.date: expected a date") as info:
            read()
        assert info.value.line == 2
