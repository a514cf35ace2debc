"""Differential fuzzing of the CSV history readers: the block reader (by-day path, general
path, csv fallback) against the line-by-line reading, errors and duplicate ids included.

The last tests are minimal reproducers of discrepancies found this way (now fixed): an
event with an id on another account's line, a bad byte after an earlier error, a header
cell quoted across a line break, a field longer than the csv module's limit, and that
field with a repeated id (a raw ``_csv.Error``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipprules.errors import CoverageError, InputError
from ipprules.goodfaith import History, history, iter_rows, standing
from ipprules.goodfaith import ids as ids_module
from ipprules.goodfaith.model import CSV_COLUMNS


def fuzz(examples: int) -> settings:
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


# ------------------------------------------------------------------ helpers


def outcome(fn: Any) -> tuple[str, Any]:
    """``("ok", value)`` or ``("error", (line, path))``; any other exception propagates."""
    try:
        return "ok", fn()
    except InputError as exc:
        return "error", (exc.line, exc.path)


def tallied(found: tuple[str, Any]) -> tuple[str, Any]:
    """Rows as a sorted multiset (equal lines of a block are tallied: any order)."""
    kind, value = found
    return (kind, sorted(map(repr, value))) if kind == "ok" else found


def source(text: str, kind: str, tmp: Path | None = None) -> Any:
    if kind == "str":
        return io.StringIO(text, newline="")
    if kind == "bytes":
        return io.BytesIO(text.encode("utf-8"))
    assert tmp is not None
    path = tmp / "h.csv"
    path.write_bytes(text.encode("utf-8"))
    return path


def as_rows(records: Any) -> list[Any]:
    return [r.as_row() if hasattr(r, "as_row") else r for r in records]


def summary(h: History) -> tuple[Any, ...]:
    return h.complaints, h.counts.slots, h.counts.events


def standings(h: History, day: dt.date) -> Any:
    """The standing on ``day``, or the CoverageError's message (days before the rule book)."""
    try:
        return standing(h, day)
    except CoverageError as exc:
        return str(exc)


def check(
    text: str, kind: str = "str", account: str | None = None, tmp: Path | None = None
) -> None:
    """The block reader gives what the line-by-line reader gives; so do the folds."""

    def fast() -> list[Any]:
        return list(iter_rows(source(text, kind, tmp), name="h.csv", account=account))

    def slow() -> list[Any]:
        return as_rows(history.iter_history(source(text, kind, tmp), name="h.csv", account=account))

    expected = outcome(slow)
    assert tallied(outcome(fast)) == tallied(expected)
    if expected[0] != "ok":
        return
    rows = expected[1]
    if account is not None and not rows:
        with pytest.raises(InputError):
            History.from_file(source(text, kind, tmp), name="h.csv", account=account)
        return
    by_file = History.from_file(source(text, kind, tmp), name="h.csv", account=account)
    by_rows = History.from_rows(
        [r for r in rows if type(r) is tuple], [e for e in rows if type(e) is not tuple]
    )
    assert summary(by_file) == summary(by_rows)
    days = sorted({r[0] for r in rows if type(r) is tuple})
    for d in days[:1] + days[-1:]:
        day = min(dt.date.fromordinal(d) + dt.timedelta(days=30), dt.date(2999, 12, 31))
        assert standings(by_file, day) == standings(by_rows, day)


#: (_BLOCK, _FIRST_BLOCK, _CACHE_LINES, _RUN): tiny blocks, caches and runs to the defaults
CONSTANTS = st.tuples(
    st.sampled_from([16, 64, 256, 1024, 1 << 20]),
    st.sampled_from([4, 64, 1024]),
    st.sampled_from([1, 3, 1 << 15]),
    st.sampled_from([1, 2, 4, 32]),
)


def patch(monkeypatch: pytest.MonkeyPatch, constants: tuple[int, int, int, int]) -> None:
    for name, value in zip(
        ("_BLOCK", "_FIRST_BLOCK", "_CACHE_LINES", "_RUN"), constants, strict=True
    ):
        monkeypatch.setattr(history, name, value)


# ------------------------------------------------------------- by-day files

BY_DAY_HEADERS = [
    "type,date,id,platform,reason_code,listings,taken_down,rejected,note",
    "type,date,id,platform,reason_code,listings,taken_down,rejected,withdrawn,pending,"
    "reinstated,counter_rejected,note",
    "type,date,id,platform,reason_code,listings,taken_down",
    "type,date,id,account,platform,reason_code,listings,taken_down,rejected,note",
    "\ufefftype,date,id,platform,reason_code,listings,taken_down,rejected,note",
    " type , date , id ,platform,reason_code,listings,taken_down,rejected,note",
]
ODD_DATES = [
    "2023-02-01",
    "2023-2-01",
    "2023-02-1",
    " 2023-02-01",
    "2023-02-30",
    "2999-12-31",
    "1900-01-01",
    "1899-12-31",
    "3000-01-01",
    "2023-W05-1",
    "2023-02-01 ",
    "2023/02/01",
    "２023-02-01",
    "2023-02-01x",
    "2023-02-0",
]
ODD_IDS = ["", "C1", "C10", "C 1", "é", "日本", "C1 ", "x" * 30, "C2", "C01"]
PERTURBATIONS = [
    "date",
    "event",
    "blank",
    "short",
    "extra",
    "missing",
    "dupid",
    "quote",
    "type",
    "space",
    "copy",
    "count",
]


def _perturb(draw: st.DrawFn, lines: list[str], cols: list[str]) -> None:
    kind = draw(st.sampled_from(PERTURBATIONS))
    at = draw(st.integers(0, len(lines)))
    if kind == "event":
        event = dict.fromkeys(cols, "")
        event["type"] = draw(st.sampled_from(["declaration", "abuse", "removal"]))
        event["date"] = draw(st.sampled_from(ODD_DATES[:2]))
        event["id"] = draw(st.sampled_from(["", "", "E1"]))
        if "account" in cols:
            event["account"] = draw(st.sampled_from(["a", "b", ""]))
        lines.insert(at, ",".join(event[c] for c in cols))
        return
    if kind == "blank":
        lines.insert(at, draw(st.sampled_from(["", " ", ","])))
        return
    if kind == "short":
        short = [
            "complaint,2023-02-01",
            "complaint,2023-02-01,",
            "complaint",
            "complaint,2023-02-0",
        ]
        lines.insert(at, draw(st.sampled_from(short)))
        return
    i = draw(st.integers(0, len(lines) - 1))
    parts = lines[i].split(",")
    if len(parts) < 6:
        return
    if kind == "copy":
        lines.insert(at, lines[i])
        return
    if kind == "date":
        parts[1] = draw(st.sampled_from(ODD_DATES))
    elif kind == "extra":
        parts.append("z")
    elif kind == "missing":
        parts.pop()
    elif kind == "dupid":
        parts[2] = [*lines[draw(st.integers(0, len(lines) - 1))].split(","), "", "", ""][2]
    elif kind == "quote":
        parts[3] = f'"{parts[3]}"'
    elif kind == "type":
        parts[0] = draw(st.sampled_from(["Complaint", "complaint ", "complaints"]))
    elif kind == "space":
        parts[2] += " "
    else:
        parts[5] = draw(st.sampled_from(["0", "x", "", "9999999999", "٣"]))
    lines[i] = ",".join(parts)


#: Strategies drawn from for each line, made once: a ``sampled_from`` of a list is made again
#: on every call, which cost about a third of the drawing (the examples are the same).
_ODD_ID = st.sampled_from(ODD_IDS)
_TAKEN_DOWN, _REJECTED, _ONE_IN_31 = st.integers(1, 2), st.integers(0, 1), st.integers(0, 30)
_PLATFORM = st.sampled_from(["taobao", "tmall"])
_EVENT = st.sampled_from(["declaration", "abuse"])
_NOTE = st.sampled_from(["", "n"])


@st.composite
def by_day_files(draw: st.DrawFn) -> str:
    """Complaints in runs of one day (ascending, descending, shuffled, repeated days), ids
    of one or several lengths (or odd ones), repeated tails, then a few perturbations."""
    header = draw(st.sampled_from(BY_DAY_HEADERS))
    cols = [h.strip().lstrip("\ufeff") for h in header.split(",")]
    ndays, base = draw(st.integers(1, 6)), draw(st.integers(1, 20))
    step = draw(st.sampled_from([1, -1, 0, 3]))
    days = [min(28, max(1, base + step * k)) for k in range(ndays)]
    if draw(st.booleans()):
        days = draw(st.permutations(days))
    id_mode = draw(st.sampled_from(["seq", "fixed", "mixed", "pool", "empty"]))
    tails = draw(
        st.lists(
            st.tuples(
                st.sampled_from(["taobao", "tmall", "t m", "ü"]),
                st.sampled_from(["x", "y"]),
                st.integers(1, 3),
                st.integers(0, 1),
                st.sampled_from(["", "n", "n n"]),
                st.sampled_from(["a", "b", ""]),
            ),
            min_size=1,
            max_size=4,
        )
    )
    lines: list[str] = []
    n = 0
    a_tail = st.sampled_from(tails)
    for d in days:
        for _ in range(draw(st.integers(1, 60))):
            n += 1
            cid = {
                "seq": f"C{n}",
                "fixed": f"C{n:05d}",
                "empty": "",
            }.get(id_mode)
            if cid is None:
                cid = draw(_ODD_ID) + (str(n) if id_mode == "mixed" else "")
            platform, code, td, rj, note, account = draw(a_tail)
            values = {
                "type": "complaint",
                "date": f"2023-02-{d:02d}",
                "id": cid,
                "account": account,
                "platform": platform,
                "reason_code": code,
                "listings": str(td + rj) if "rejected" in cols else str(td),
                "taken_down": str(td),
                "rejected": str(rj),
                "withdrawn": "",
                "pending": "0",
                "reinstated": "",
                "counter_rejected": "",
                "note": note,
            }
            lines.append(",".join(values[c] for c in cols))
    for _ in range(draw(st.integers(0, 4))):
        _perturb(draw, lines, cols)
    end = draw(st.sampled_from(["\n", "\r\n"]))
    return header + end + end.join(lines) + (end if draw(st.booleans()) else "")


@fuzz(60)
@given(
    text=by_day_files(),
    constants=CONSTANTS,
    kind=st.sampled_from(["str", "bytes"]),
    account=st.sampled_from([None, None, "a", ""]),
)
def test_by_day_files_equal_the_line_by_line_reading(
    monkeypatch: pytest.MonkeyPatch,
    text: str,
    constants: tuple[int, int, int, int],
    kind: str,
    account: str | None,
) -> None:
    """Other dates, events, blanks and short lines inside runs; odd dates and ids; bad
    counts; quotes (csv from there on); CRLF, BOM, no final newline; an account column."""
    patch(monkeypatch, constants)
    check(text, kind, account)


MUTATIONS = [",", "-", "\n", "\r\n", " ", "0", "1", "9", "é", "\ufeff", "c", "\r", "\t", "\u2028"]


@st.composite
def mutated_files(draw: st.DrawFn) -> str:
    """A valid by-day file with a few characters inserted, deleted or replaced."""
    days = sorted(draw(st.lists(st.integers(1, 28), min_size=1, max_size=4)))
    if draw(st.booleans()):
        days.reverse()
    lines: list[str] = []
    for d in days:
        for _ in range(draw(st.integers(1, 40))):
            td = draw(_TAKEN_DOWN)
            platform = draw(_PLATFORM)
            lines.append(f"complaint,2023-02-{d:02d},C{len(lines)},{platform},x,{td},{td},0,")
    text = "\n".join(lines) + "\n"
    for _ in range(draw(st.integers(1, 4))):
        op = draw(st.sampled_from(["insert", "delete", "replace"]))
        i = draw(st.integers(0, len(text) - 1))
        char = draw(st.sampled_from(MUTATIONS))
        keep = text[i:] if op == "insert" else text[i + 1 :]
        text = text[:i] + ("" if op == "delete" else char) + keep
    return "type,date,id,platform,reason_code,listings,taken_down,rejected,note\n" + text


@fuzz(80)
@given(text=mutated_files(), constants=CONSTANTS, kind=st.sampled_from(["str", "bytes"]))
def test_mutated_by_day_files_equal_the_line_by_line_reading(
    monkeypatch: pytest.MonkeyPatch, text: str, constants: tuple[int, int, int, int], kind: str
) -> None:
    patch(monkeypatch, constants)
    check(text, kind)


# --------------------------------------------------------------- duplicate ids


@st.composite
def id_files(draw: st.DrawFn) -> str:
    """Runs of one day with ids ascending, descending, ordered then broken, or shuffled;
    some repeated (the duplicate check must name both lines), some empty."""
    days = sorted(draw(st.lists(st.integers(1, 28), min_size=1, max_size=4)))
    if draw(st.booleans()):
        days.reverse()
    total = draw(st.integers(1, 200))
    nums = list(range(1, total + 1))
    order = draw(st.sampled_from(["ascending", "descending", "broken", "shuffled"]))
    if order == "descending":
        nums.reverse()
    elif order == "broken" and total > 2:
        i = draw(st.integers(1, total - 1))
        nums[i:] = reversed(nums[i:])
    elif order == "shuffled":
        nums = draw(st.permutations(nums))
    width = draw(st.sampled_from([0, 3, 6]))
    cids = [f"C{k:0{width}d}" if width else f"C{k}" for k in nums]
    for _ in range(draw(st.integers(0, 2))):
        cids[draw(st.integers(0, total - 1))] = cids[draw(st.integers(0, total - 1))]
    for _ in range(draw(st.integers(0, 3))):
        cids[draw(st.integers(0, total - 1))] = ""
    per = max(1, total // len(days))
    lines = [
        f"complaint,2023-02-{days[min(k // per, len(days) - 1)]:02d},{cid},taobao,x,1,1,0,"
        for k, cid in enumerate(cids)
    ]
    for _ in range(draw(st.integers(0, 2))):
        odd = draw(st.sampled_from(["", "declaration,2023-02-01,,,,,,,"]))
        lines.insert(draw(st.integers(0, len(lines))), odd)
    end = draw(st.sampled_from(["\n", "\r\n"]))
    header = "type,date,id,platform,reason_code,listings,taken_down,rejected,note"
    return header + end + end.join(lines) + end


@fuzz(60)
@given(
    text=id_files(),
    constants=CONSTANTS,
    keep=st.sampled_from([1, 2, 5, 1 << 16]),
    kind=st.sampled_from(["str", "bytes", "path"]),
)
def test_duplicate_ids_are_found_as_line_by_line(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    text: str,
    constants: tuple[int, int, int, int],
    keep: int,
    kind: str,
) -> None:
    """The same duplicate (same lines) or none, from a stream (copied) or a path (reopened),
    whatever the blocks and however few ids are kept as text."""
    patch(monkeypatch, constants)
    monkeypatch.setattr(ids_module, "KEEP", keep)
    check(text, kind, tmp=tmp_path)


def test_a_repeated_id_across_runs_and_blocks_names_both_lines(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    patch(monkeypatch, (64, 64, 3, 2))
    lines = [f"complaint,2023-02-{1 + k // 40:02d},C{k:04d},taobao,x,1,1,0," for k in range(120)]
    lines[100] = lines[100].replace("C0100", "C0007")
    text = "type,date,id,platform,reason_code,listings,taken_down,rejected,note\n"
    text += "\n".join(lines) + "\n"
    with pytest.raises(InputError, match=r"duplicate id 'C0007' \(first on line 9;") as info:
        list(iter_rows(io.StringIO(text), name="h.csv"))
    assert (info.value.line, info.value.path) == (102, "$.id")
    check(text)


# -------------------------------------------------------------------- accounts

ACCOUNT_HEADERS = [
    "type,date,id,account,platform,reason_code,listings,taken_down,rejected,note",
    "type,date,id,platform,reason_code,listings,taken_down,rejected,note,account",
    "type,date,account,id,platform,reason_code,listings,taken_down,rejected,note",
]


@st.composite
def account_files(draw: st.DrawFn) -> tuple[str, list[tuple[str | None, str]]]:
    """Valid lines of several accounts (events without ids), in runs of days or not."""
    header = draw(st.sampled_from(ACCOUNT_HEADERS))
    cols = header.split(",")
    days = draw(st.lists(st.integers(1, 28), min_size=1, max_size=5))
    if draw(st.booleans()):
        days.sort(reverse=draw(st.booleans()))
    # no "": a line without an account is refused where accounts are told apart (row_problem)
    names = st.sampled_from(["a", "b", "a b", "é"])
    accounts = draw(st.lists(names, min_size=1, max_size=3, unique=True))
    lines: list[tuple[str | None, str]] = []
    an_account = st.sampled_from(accounts)
    for d in days:
        for _ in range(draw(st.integers(1, 50))):
            account = draw(an_account)
            values = dict.fromkeys(cols, "")
            values.update(date=f"2023-02-{d:02d}", account=account)
            if draw(_ONE_IN_31) == 0:
                values["type"] = draw(_EVENT)
            else:
                td, rj = draw(_TAKEN_DOWN), draw(_REJECTED)
                n = len(lines)
                values.update(
                    type="complaint",
                    id=draw(st.sampled_from(["", f"C{n}", f"C{n:04d}"])),
                    platform=draw(_PLATFORM),
                    reason_code="x",
                    listings=str(td + rj),
                    taken_down=str(td),
                    rejected=str(rj),
                    note=draw(_NOTE),
                )
            lines.append((account, ",".join(values[c] for c in cols)))
        if draw(st.integers(0, 5)) == 0:
            lines.append((None, ""))
    return header, lines


@pytest.mark.no_cover
@fuzz(30)
@given(files=account_files(), constants=CONSTANTS, kind=st.sampled_from(["str", "bytes"]))
def test_accounts_equal_per_account_files(
    monkeypatch: pytest.MonkeyPatch,
    files: tuple[str, list[tuple[str | None, str]]],
    constants: tuple[int, int, int, int],
    kind: str,
) -> None:
    """``by_account`` equals each account's own file read line by line; ``account=`` too."""
    patch(monkeypatch, constants)
    header, lines = files
    text = header + "\n" + "\n".join(line for _, line in lines) + "\n"
    got = {k: summary(h) for k, h in History.by_account(source(text, kind), name="h.csv").items()}
    expected = {}
    for account in sorted({a for a, _ in lines if a is not None}):
        own = header + "\n" + "\n".join(line for a, line in lines if a == account) + "\n"
        rows = as_rows(history.iter_history(io.StringIO(own), name="own.csv"))
        expected[account] = summary(
            History.from_rows(
                [r for r in rows if type(r) is tuple], [e for e in rows if type(e) is not tuple]
            )
        )
    assert got == expected
    for account in ("a", "b", None):
        check(text, kind, account)


# --------------------------------------------------------------------- general

TOKENS = {
    "type": ["complaint", "complaint", "complaint", "declaration", "abuse", "Complaint", ""],
    "date": ["2023-02-01", "2023-02-02", "2023-02-01", "2023-2-01", "2023-02-30", ""],
    "account": ["a", "a", "b", "", " "],
    "id": ["", "C1", "C2", "C10", "x y", "é"],
    "platform": ["taobao", "tmall", "", " "],
    "reason_code": ["x", "y", ""],
    "listings": ["1", "2", "", "0", "01", "x"],
    "taken_down": ["1", "0", "", "2"],
    "rejected": ["0", "", "1"],
    "withdrawn": ["", "0", "1"],
    "pending": ["", "0", "1"],
    "reinstated": ["", "0", "1"],
    "counter_rejected": ["", "0", "1"],
    "note": ["", "n", "a b"],
}


@st.composite
def general_files(draw: st.DrawFn, account: str | None) -> str:
    """Any columns in any order; lines drawn from a few prototypes, with odd widths."""
    rest = [c for c in CSV_COLUMNS if c not in ("type", "date")]
    cols = ["type", "date", *draw(st.lists(st.sampled_from(rest), unique=True))]
    if draw(st.booleans()):
        cols = list(draw(st.permutations(cols)))
    good = draw(st.booleans())
    protos = [
        {c: draw(st.sampled_from(TOKENS[c][:2] if good else TOKENS[c])) for c in cols}
        for _ in range(draw(st.integers(1, 4)))
    ]
    lines = []
    a_proto, an_id, a_date = (st.sampled_from(x) for x in (protos, TOKENS["id"], TOKENS["date"]))
    for _ in range(draw(st.integers(0, 60))):
        values = dict(draw(a_proto))
        if "id" in values and draw(st.integers(0, 3)) == 0:
            values["id"] = draw(an_id)
        if draw(st.integers(0, 5)) == 0:
            values["date"] = draw(a_date)
        if account is not None and values["type"] != "complaint" and "id" in values:
            values["id"] = ""  # see test_bug_event_with_an_id_in_another_accounts_line
        fields = [values[c] for c in cols]
        odd = draw(st.integers(0, 20))
        if odd == 0:
            fields.append("")
        elif odd == 1:
            fields.pop()
        elif odd == 2:
            fields = [""]
        lines.append(",".join(fields))
    end = draw(st.sampled_from(["\n", "\r\n"]))
    return ",".join(cols) + end + end.join(lines) + (end if draw(st.booleans()) else "")


@fuzz(100)
@given(data=st.data(), constants=CONSTANTS, kind=st.sampled_from(["str", "bytes"]))
def test_any_columns_equal_the_line_by_line_reading(
    monkeypatch: pytest.MonkeyPatch,
    data: st.DataObject,
    constants: tuple[int, int, int, int],
    kind: str,
) -> None:
    """The general path (columns in any order, the id anywhere or absent) and the by-day path
    where the header allows it."""
    patch(monkeypatch, constants)
    account = data.draw(st.sampled_from([None, None, "a"]))
    check(data.draw(general_files(account)), kind, account)


# ------------------------------------------------------------- reproducers


def test_event_with_an_id_in_another_accounts_line() -> None:
    """Read for account ``a``, an event line of account ``b`` with an id: line by line this
    is an error (an event leaves ``id`` empty, checked before the account is looked at);
    the block reader keys the line without its id (:func:`history._id_parts`, used when
    ``id`` is not the third column), finds ``_BLANK`` (another account's line) and so never
    reads the line again for its id: it gave no error (fixed: such a block is read line by
    line)."""
    text = (
        "type,date,account,id,platform,reason_code,listings,taken_down\n"
        "complaint,2023-02-01,a,C1,taobao,x,1,1\n"
        "declaration,2023-02-02,b,E1,,,,\n"
    )
    slow = outcome(lambda: as_rows(history.iter_history(io.StringIO(text), account="a")))
    assert slow == ("error", (3, "$.id"))
    fast = outcome(lambda: list(iter_rows(io.StringIO(text), account="a")))
    assert fast == slow  # fast: ("ok", [(738552, 'taobao', 'x', 1, 0, 0, 0, 0)])


def test_invalid_utf8_later_in_the_file_does_not_hide_an_earlier_error() -> None:
    """A bad date on line 2, an invalid byte on line 62 (2.4 KB on). The block reader reads
    1 KiB, then 2 KiB...: line 2's error. The line-by-line reader decodes 1 MiB at once
    (``_Chunks.rest_lines``) and reported the byte on line 62 (fixed: the lines before a bad
    byte are read first)."""
    head = "type,date,id,platform,reason_code,listings,taken_down\n"
    body = "complaint,2023-02-30,C0,taobao,x,1,1\n"
    body += "".join(f"complaint,2023-02-01,C{i},taobao,x,1,1\n" for i in range(1, 60))
    data = (head + body).encode() + b"complaint,2023-02-01,\xff,taobao,x,1,1\n"
    fast = outcome(lambda: list(iter_rows(io.BytesIO(data), name="h.csv")))
    assert fast == ("error", (2, "$.date"))  # the first error of the file
    slow = outcome(lambda: list(history.iter_history(io.BytesIO(data), name="h.csv")))
    assert slow == fast  # slow: ("error", (62, "$")): not UTF-8 text


def test_a_header_cell_quoted_across_a_line_break_is_refused_by_both_readers() -> None:
    """A header cell quoted across a line break (``"id\n"``): the block reader parses the
    header's first physical line and refuses it; the line-by-line reader (csv over the whole
    file) read the cell and stripped it to ``id``: now it refuses it too, on line 1."""
    text = (
        'type,date,"id\n",platform,reason_code,listings,taken_down\n'
        "complaint,2023-02-01,C1,taobao,x,1,1\n"
    )
    slow = outcome(lambda: as_rows(history.iter_history(io.StringIO(text))))
    fast = outcome(lambda: list(iter_rows(io.StringIO(text))))
    assert slow == fast == ("error", (1, "$"))


LONG_NOTE_HEADER = "type,date,id,platform,reason_code,listings,taken_down,note\n"
#: one more character than csv.field_size_limit() (131072 by default)
LONG_NOTE = "n" * 131073


@pytest.fixture
def default_csv_limit() -> Iterator[None]:
    """The csv module's default field limit (the library's other readers raise it, for the
    whole process, when they run)."""
    old = csv.field_size_limit(131072)
    try:
        yield
    finally:
        csv.field_size_limit(old)


@pytest.mark.usefixtures("default_csv_limit")
def test_a_field_longer_than_the_csv_limit() -> None:
    """A field over the csv module's default ``csv.field_size_limit()`` is read both ways:
    the history reader lifts the limit as every CSV reader of ipprules does (it was an
    error line by line, "not valid CSV: field larger than field limit", in a process where
    no other reader had lifted it, while the block reader, ``str.split``, read the line)."""
    text = LONG_NOTE_HEADER + f"complaint,2023-02-01,C1,taobao,x,1,1,{LONG_NOTE}\n"
    slow = outcome(lambda: as_rows(history.iter_history(io.StringIO(text))))
    assert slow[0] == "ok"
    fast = outcome(lambda: list(iter_rows(io.StringIO(text))))
    assert fast == ("ok", [(738552, "taobao", "x", 1, 0, 0, 0, 0)])


@pytest.mark.usefixtures("default_csv_limit")
def test_a_long_field_and_a_repeated_id_raise_input_error() -> None:
    """With a repeated id too, the block reader's duplicate report reads the ids again with
    :func:`csv.reader` (``history._ids_again``), whose ``_csv.Error`` escapes unwrapped: not
    an InputError (line by line: InputError on line 2); fixed both ways."""
    text = (
        LONG_NOTE_HEADER
        + f"complaint,2023-02-01,C1,taobao,x,1,1,{LONG_NOTE}\n"
        + "complaint,2023-02-01,C1,taobao,x,1,1,\n"
    )
    with pytest.raises(InputError):
        list(history.iter_history(io.StringIO(text)))
    with pytest.raises(InputError):  # raises _csv.Error: field larger than field limit
        History.from_file(io.StringIO(text))


# ------------------------------------------------- ids of one length in a run

RUN_HEADER = "type,date,id,platform,reason_code,listings,taken_down,rejected,note\n"


def _run_lines(ids: list[str], tail: str = "taobao,x,1,1,0,") -> list[str]:
    return [f"complaint,2023-02-01,{value},{tail}" for value in ids]


ODD_RUNS = {
    # the first id's length is where every other id is cut: each odd line must be seen
    "longer later": ["C10", "C11", "C120", "C13"],
    "longer, fields shifted": ["C10", "C11", "C12", "C13"],
    "shorter later": ["C10", "C11", "C1", "C13"],
    "shorter, empty field after": ["C10", "C1,", "C12"],
    "repeat of a longer": ["C10", "C100", "C100", "C11"],
    "repeat, one width": ["C10", "C11", "C11", "C12"],
    "first id empty": ["", "C10", "C11"],
    "an id empty later": ["C10", "", "C11"],
    "decreasing": ["C12", "C11", "C10"],
}


@pytest.mark.parametrize("kind", ["str", "bytes"])
@pytest.mark.parametrize("name", sorted(ODD_RUNS))
def test_a_run_whose_ids_are_not_of_one_length(
    monkeypatch: pytest.MonkeyPatch, name: str, kind: str
) -> None:
    """Ids cut where the first one ends (:func:`history._fixed_ids_and_tails`): a longer or
    shorter id, an empty one or a repeat gives what the line-by-line reading gives."""
    patch(monkeypatch, (1 << 20, 1024, 1 << 15, 1))
    lines = _run_lines(ODD_RUNS[name])
    if name == "shorter, empty field after":
        # cut at the first id's length: id "C1," and a tail ",taobao,x,1,1,0," of the
        # right number of fields; in truth the id is "C1" and one field too many
        lines[1] = "complaint,2023-02-01,C1,,taobao,x,1,1,0,"
    if name == "longer, fields shifted":
        # cut at the first id's length: id "C12", then "00,x,1,1,0,n": past its first
        # character, a valid tail (platform "0"); in truth the id is "C1200", a field short
        lines[2] = "complaint,2023-02-01,C1200,x,1,1,0,n"
    check(RUN_HEADER + "\n".join(lines) + "\n", kind)


def test_the_by_day_reader_tells_the_width_of_ids_of_one_length(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A block of runs whose ids all have one length hands that length to the duplicate
    check (which then compares them as text); ids of several lengths hand 0."""
    fed: list[tuple[int, int]] = []
    feed = ids_module.IdCheck.feed

    def spy(
        self: ids_module.IdCheck, given: list[str], at: int | None = None, width: int = 0
    ) -> None:
        fed.append((len(given), width))
        feed(self, given, at, width)

    monkeypatch.setattr(ids_module.IdCheck, "feed", spy)
    patch(monkeypatch, (1 << 20, 4, 1 << 15, 1))
    lines = [f"complaint,2023-02-{1 + k // 40:02d},C{k:05d},taobao,x,1,1,0," for k in range(120)]
    History.from_file(io.StringIO(RUN_HEADER + "\n".join(lines) + "\n"))
    assert sum(n for n, _ in fed) == 120
    assert {width for _, width in fed} == {6}
    fed.clear()
    lines = [f"complaint,2023-02-{1 + k // 40:02d},C{k},taobao,x,1,1,0," for k in range(120)]
    History.from_file(io.StringIO(RUN_HEADER + "\n".join(lines) + "\n"))
    assert sum(n for n, _ in fed) == 120
    assert (0 in {width for _, width in fed}) and any(width > 0 for _, width in fed)


@pytest.mark.parametrize("bad", [b"\xff", b"\0"])
def test_an_error_after_blocks_read_by_day_names_its_line(
    monkeypatch: pytest.MonkeyPatch, bad: bytes
) -> None:
    """Blocks read by day tell the reader how many lines they held (``_Chunks.counted``):
    a bad byte or a NUL many blocks on is still reported on its own line."""
    patch(monkeypatch, (256, 64, 1 << 15, 1))
    lines = [f"complaint,2023-02-{1 + k // 40:02d},C{k:04d},taobao,x,1,1,0," for k in range(300)]
    lines[250] = lines[250].replace(",taobao", ",tao" + bad.decode("latin-1") + "bao")
    data = (RUN_HEADER + "\n".join(lines) + "\n").encode("latin-1")
    with pytest.raises(InputError) as info:
        list(iter_rows(io.BytesIO(data), name="h.csv"))
    assert info.value.line == 252


def test_a_count_told_by_the_reader_is_the_one_kept() -> None:
    """``_Chunks.counted``: the lines the reader counted in the text read last are taken as
    they are (no second count); a count for another text is ignored (counted at the next
    read). The NUL is on line 2004: told 100 lines for the first two, it says 2102."""
    data = b"a\nb\nc\n" + b"d\n" * 2000 + b"\0\n"
    chunks = history._Chunks(io.BytesIO(data), "h.csv")
    first = chunks.read(4)
    assert first == "a\nb\n"
    chunks.counted(first, 100)  # not the true count (2): kept, as told
    second = chunks.read(4)
    chunks.counted(second.encode().decode(), 5)  # an equal text, not the one read: ignored
    with pytest.raises(InputError, match="NUL") as info:
        list(iter(lambda: chunks.read(1 << 16), ""))
    assert info.value.line == 2004 - 2 + 100


def test_rows_read_by_day_are_cached_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A distinct tail read by day is kept once, with its comma, in ``run_tails`` (as the
    row's fields after the date), not a second time in the general path's ``tails``."""
    made: list[history._FastBlocks] = []
    init = history._FastBlocks.__init__

    def spy(self: history._FastBlocks, *args: Any) -> None:
        init(self, *args)
        made.append(self)

    monkeypatch.setattr(history._FastBlocks, "__init__", spy)
    patch(monkeypatch, (1 << 20, 1 << 10, 1 << 15, 1))
    tails = ["taobao,x,1,1,0,", "tmall,y,2,1,1,"]
    lines = [f"complaint,2023-02-{1 + k // 40:02d},C{k:04d},{tails[k % 2]}" for k in range(200)]
    rows = list(iter_rows(io.StringIO(RUN_HEADER + "\n".join(lines) + "\n")))
    assert len(rows) == 200
    (fast,) = made
    assert fast.run_tails == {
        ",taobao,x,1,1,0,": ("taobao", "x", 1, 0, 0, 0, 0),
        ",tmall,y,2,1,1,": ("tmall", "y", 1, 1, 0, 0, 0),
    }
    assert fast.tails == {}
