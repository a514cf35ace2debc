"""A quoted cell in a history CSV is read by the csv module, and the lines after it by the
fast path again (gfquote): the mixed reading equals the csv module's reading of the whole
file (:func:`~ipprules.goodfaith.history.iter_history`), records, errors and lines alike."""

from __future__ import annotations

import csv
import gzip
import io
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipprules.errors import InputError
from ipprules.goodfaith import AccountEvent, History, history, ids, iter_rows

HEADER = "type,date,id,platform,reason_code,listings,taken_down,rejected,note"

#: Cells a spreadsheet or ``to_csv`` quotes, and cells that break a record.
QUOTED_NOTES = [
    '"a, b"',  # a comma: one line, the fast path's notes-dropped reading
    '"say ""no"""',  # escaped quotes
    '"two\nlines"',  # a line end inside quotes: the record spans lines
    '"three\n\nlines, one blank"',
    '"cr\rinside"',  # a lone carriage return inside quotes is text
    '"crlf\r\ninside"',
]


#: Strategies drawn from for each line, made once: a ``sampled_from`` of a list is made again
#: on every call, which cost about a third of the drawing (the examples are the same).
_KIND = st.sampled_from(
    ["plain"] * 6 + ["note", "quoted-cell", "event", "blank", "repeat", "no-id"]
)
_DAY, _TAKEN_DOWN, _REJECTED = st.integers(1, 3), st.integers(1, 2), st.integers(0, 1)
_QUOTED_NOTE = st.sampled_from(QUOTED_NOTES)
_QUOTED_PLATFORM = st.sampled_from(['"taobao"', '"tao,bao"'])
_EVENT_NOTE = st.sampled_from(['"signed, sealed"', "signed", '"on\ntwo lines"'])


@st.composite
def histories(draw: st.DrawFn) -> str:
    """A history CSV with ids (mostly in order, now and then one repeated or empty) and
    quoted cells at random places, and now and then a bad line among them."""
    n = draw(st.integers(1, 60))
    lines: list[str] = []
    used: list[str] = []
    for i in range(n):
        kind = draw(_KIND)
        day = draw(_DAY)
        cid = f"C{i:04d}"
        if kind == "repeat" and used:
            cid = draw(st.sampled_from(used))
        elif kind == "no-id":
            cid = ""
        if cid:
            used.append(cid)
        td, rj = draw(_TAKEN_DOWN), draw(_REJECTED)
        note = draw(_QUOTED_NOTE) if kind == "note" else ""
        platform = draw(_QUOTED_PLATFORM) if kind == "quoted-cell" else "tmall"
        if kind == "event":
            note = draw(_EVENT_NOTE)
            lines.append(f"declaration,2023-01-0{day},,,,,,,{note}")
        elif kind == "blank":
            lines.append("")
        else:
            lines.append(f"complaint,2023-01-0{day},{cid},{platform},x,{td + rj},{td},{rj},{note}")
    bad = draw(
        st.sampled_from(
            [
                None,
                None,
                "complaint,2023-02-30,Z1,tmall,x,1,1,0,",  # a bad date
                "complaint,2023-01-01",  # too few fields
                'complaint,2023-01-01,Z2,tmall,x,1,1,0,"a"b',  # text after a closing quote
                'complaint,2023-01-01,Z3,tmall,x,1,1,0,"never closed',
                "complaint,2023-01-01,Z4,tmall,x,1,1,0,bare\rcr",  # a CR outside quotes
            ]
        )
    )
    if bad is not None:
        lines.insert(draw(st.integers(0, len(lines))), bad)
    crlf = draw(st.booleans())
    end = "\r\n" if crlf else "\n"
    text = end.join([HEADER, *lines])
    if draw(st.booleans()):
        text += end
    return text


def outcome(read: Any) -> tuple[Any, ...]:
    """What a reading gives: the events in order and the complaints (as a multiset; equal
    lines of a block come together), and the first error, in full, if any."""
    seen: list[Any] = []
    try:
        for r in read():
            seen.append(r)
        error = None
    except InputError as exc:
        error = str(exc)
    events = [r for r in seen if isinstance(r, AccountEvent)]
    return error, events, Counter(r for r in seen if not isinstance(r, AccountEvent))


def by_csv(source: Any) -> Any:
    """The csv module's reading of the whole file, complaints as rows."""
    return lambda: (
        r.as_row() if hasattr(r, "as_row") else r for r in history.iter_history(source())
    )


@pytest.fixture
def counted_fast(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The lines each call of the fast path reads (:meth:`_FastBlocks.rows`)."""
    calls: list[int] = []
    rows = history._FastBlocks.rows

    def counting(self: Any, text: str, lineno: int) -> Any:
        calls.append(text.count("\n") + (not text.endswith("\n")))
        return rows(self, text, lineno)

    monkeypatch.setattr(history._FastBlocks, "rows", counting)
    return calls


@settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=histories(),
    block=st.sampled_from([8, 64, 300]),
    gap=st.sampled_from([1, 40, 1 << 20]),
    narrow=st.booleans(),
)
def test_mixed_reading_equals_the_csv_module(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    text: str,
    block: int,
    gap: int,
    narrow: bool,
) -> None:
    """Quoted cells at random places (first row, last row, across blocks), quoted line ends,
    ``""`` escapes, quoted events, errors after a quoted stretch (the same message, line and
    column), repeated ids after one (the same duplicate, by a reading again of the file from
    its path, narrowed fingerprints making the second reading read only some blocks)."""
    monkeypatch.setattr(history, "_FIRST_BLOCK", 4)
    monkeypatch.setattr(history, "_BLOCK", block)
    monkeypatch.setattr(history, "_GAP", gap, raising=False)  # none before gfquote
    if narrow:
        monkeypatch.setattr(ids, "MASK", 0xF)
        monkeypatch.setattr(ids, "KEEP", 2)
    _reads_as_csv(tmp_path, text)


def _reads_as_csv(tmp_path: Path, text: str) -> None:
    """``text`` as a file and as a stream reads as the csv module reads it (records, or the
    first error), and ``History.from_file`` agrees."""
    path = tmp_path / "h.csv"
    path.write_bytes(text.encode("utf-8"))
    expected = outcome(by_csv(lambda: path))
    assert outcome(lambda: iter_rows(path)) == expected
    assert outcome(lambda: iter_rows(io.StringIO(text, newline=""), name=str(path))) == expected
    if expected[0] is None:
        assert History.from_file(path).complaints == sum(expected[2].values())
    else:
        with pytest.raises(InputError) as info:
            History.from_file(path)
        assert str(info.value) == expected[0]


def plain_lines(n: int, start: int = 0) -> list[str]:
    return [f"complaint,2023-01-02,C{i:06d},tmall,x,1,1,0," for i in range(start, start + n)]


@pytest.mark.no_cover
@pytest.mark.parametrize("block", [8, 4096])
@pytest.mark.parametrize(
    ("note", "by_csv_lines"),
    [('"a, b"', 0), ('"two\nlines"', 2), ('"cr\rinside"', 1)],
    ids=["comma", "newline", "cr"],
)
def test_lines_after_a_quoted_cell_go_through_the_fast_path(
    monkeypatch: pytest.MonkeyPatch,
    counted_fast: list[int],
    block: int,
    note: str,
    by_csv_lines: int,
) -> None:
    """Before, from the first block holding a quote on, the rest of the file went through
    csv.reader: one quoted note on the first row sent every row after it off the fast path.
    Now only the quoted record's lines go through csv (none for a note holding a comma),
    also when it ends a block (tiny blocks: a line or two each)."""
    monkeypatch.setattr(history, "_FIRST_BLOCK", 4)
    monkeypatch.setattr(history, "_BLOCK", block)
    first = f"complaint,2023-01-02,C000000,tmall,x,1,1,0,{note}"
    text = "\n".join([HEADER, first, *plain_lines(2000, 1)]) + "\n"
    rows = list(iter_rows(io.StringIO(text, newline="")))
    assert len(rows) == 2001
    lines = text.count("\n") - 1
    assert sum(counted_fast) == lines - by_csv_lines


def test_quoted_notes_on_many_rows_keep_the_fast_path(
    monkeypatch: pytest.MonkeyPatch, counted_fast: list[int]
) -> None:
    """A note holding a comma on one row in 100, as the benchmark's file: each block is read
    by the fast path whole (the notes emptied), the same rows as csv reads."""
    monkeypatch.setattr(history, "_BLOCK", 4096)
    lines = plain_lines(3000)
    for i in range(0, 3000, 100):
        lines[i] += '"seller appealed, resolved"'
    text = "\n".join([HEADER, *lines]) + "\n"
    source = lambda: io.StringIO(text, newline="")  # noqa: E731
    assert outcome(lambda: iter_rows(source())) == outcome(by_csv(source))
    assert sum(counted_fast) == 3000
    assert History.from_file(source()).complaints == 3000


@pytest.mark.parametrize("where", ["first", "middle", "last"])
def test_an_error_after_a_quoted_cell_names_its_line(
    monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    """Line numbers count the lines a quoted cell spans, before and after the fast path."""
    monkeypatch.setattr(history, "_BLOCK", 512)
    lines = plain_lines(300)
    at = {"first": 0, "middle": 150, "last": 297}[where]
    lines[at] += '"one\ntwo\nthree"'
    lines.insert(at + 1 + 100 * (where != "last"), "complaint,2023-02-30,Z,tmall,x,1,1,0,")
    text = "\n".join([HEADER, *lines]) + "\n"
    with pytest.raises(InputError) as info:
        list(iter_rows(io.StringIO(text, newline=""), name="h.csv"))
    bad = next(i for i, line in enumerate(lines) if ",Z," in line)
    assert info.value.line == bad + 2 + 2  # the header, and the quoted cell's two line ends
    assert str(info.value).startswith(f"h.csv:{bad + 4}:11: $.date: ")


def test_a_repeated_id_after_a_quoted_cell_names_both_lines(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(history, "_BLOCK", 512)
    lines = plain_lines(400)
    lines[10] += '"a\nb, c"'
    lines[350] = lines[350].replace("C000350", "C000200")
    path = tmp_path / "h.csv"
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"duplicate id 'C000200' \(first on line 203;") as info:
        History.from_file(path)
    assert info.value.line == 353


EXPORT_HEADER = "date,type,id,account,platform,reason_code,listings,taken_down,rejected,note,,"


_EXPORT_KIND = st.sampled_from(["plain"] * 5 + ["note", "account", "other", "bad"])


@st.composite
def exports(draw: st.DrawFn) -> str:
    """An export as a spreadsheet writes one: the date column first, an account column
    (a name holding a comma is quoted), the note before a spreadsheet's empty columns."""
    lines = []
    for i in range(draw(st.integers(1, 40))):
        kind = draw(_EXPORT_KIND)
        account = {"account": '"A, Inc."', "other": "B"}.get(kind, "A")
        note = draw(_QUOTED_NOTE) if kind == "note" else ""
        date = "2023-02-30" if kind == "bad" else "2023-01-02"
        lines.append(f"{date},complaint,C{i:04d},{account},tmall,x,1,1,0,{note},,")
    return "\r\n".join([EXPORT_HEADER, *lines]) + "\r\n"


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=exports(),
    block=st.sampled_from([8, 64, 300]),
    account=st.sampled_from([None, "A", "B"]),
)
def test_an_export_with_accounts_reads_as_the_csv_module(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, text: str, block: int, account: str | None
) -> None:
    """Accounts told apart (another account's rows left out; several accounts refused at
    the first line of the second one), quoted account names, CRLF, empty trailing columns."""
    monkeypatch.setattr(history, "_FIRST_BLOCK", 4)
    monkeypatch.setattr(history, "_BLOCK", block)
    monkeypatch.setattr(history, "_GAP", 40, raising=False)  # none before gfquote
    path = tmp_path / "h.csv"
    path.write_bytes(text.encode("utf-8"))

    def csv_module() -> Any:
        records = history.iter_history(path, account=account)
        return (r.as_row() if hasattr(r, "as_row") else r for r in records)

    assert outcome(lambda: iter_rows(path, account=account)) == outcome(csv_module)


# -- gfquote2: the second reading of ids (a file whose ids are in no order) ------------------

#: Notes a spreadsheet quotes on one line (a comma), some not ASCII: a block's bytes are then
#: more than its characters, and the second reading's places in the file are bytes.
ONE_LINE_NOTES = ['"a, b"', '"déjà vu, 二"', '"say ""no"", €"']


_SHUFFLED_KIND = st.sampled_from(
    ["plain"] * 5 + ["note"] * 3 + ["any-note", "event", "blank", "repeat", "no-id"]
)
_ONE_LINE_NOTE = st.sampled_from(ONE_LINE_NOTES)
_SIGNED = st.sampled_from(['"signed, sealed"', "signed"])


@st.composite
def shuffled_histories(draw: st.DrawFn) -> str:
    """A history CSV whose ids are in no order (now and then one repeated or empty), quoted
    notes at random places (mostly on one line, now and then one that spans lines or a
    quoted event), and now and then a bad line."""
    n = draw(st.integers(1, 80))
    numbers = draw(st.permutations(range(n)))
    lines: list[str] = []
    used: list[str] = []
    for i in range(n):
        kind = draw(_SHUFFLED_KIND)
        cid = f"C{numbers[i]:04d}"
        if kind == "repeat" and used:
            cid = draw(st.sampled_from(used))
        elif kind == "no-id":
            cid = ""
        if cid:
            used.append(cid)
        note = ""
        if kind == "note":
            note = draw(_ONE_LINE_NOTE)
        elif kind == "any-note":
            note = draw(_QUOTED_NOTE)
        if kind == "event":
            note = draw(_SIGNED)
            lines.append(f"declaration,2023-01-02,,,,,,,{note}")
        elif kind == "blank":
            lines.append("")
        else:
            day = draw(_DAY)
            lines.append(f"complaint,2023-01-0{day},{cid},tmall,x,1,1,0,{note}")
    bad = draw(
        st.sampled_from(
            [None, None, None, "complaint,2023-02-30,Z1,tmall,x,1,1,0,", "complaint,2023-01-01"]
        )
    )
    if bad is not None:
        lines.insert(draw(st.integers(0, len(lines))), bad)
    end = draw(st.sampled_from(["\n", "\r\n"]))
    text = end.join([HEADER, *lines])
    if draw(st.booleans()):
        text += end
    return text


@pytest.mark.no_cover
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=shuffled_histories(),
    block=st.sampled_from([8, 64, 300, 1 << 20]),
    mask=st.sampled_from([0x3, 0xF, 0xFF]),
    keep=st.sampled_from([2, 1 << 16]),
)
def test_ids_in_no_order_with_quoted_notes_read_as_the_csv_module(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, text: str, block: int, mask: int, keep: int
) -> None:
    """Ids in no order and narrowed fingerprints (many match by chance): the second reading
    runs (the blocks that hold the matches, or the whole file), through quoted notes; the
    same records, the same duplicate (both its lines) or the same first error as csv."""
    monkeypatch.setattr(history, "_FIRST_BLOCK", 4)
    monkeypatch.setattr(history, "_BLOCK", block)
    monkeypatch.setattr(ids, "MASK", mask)
    monkeypatch.setattr(ids, "KEEP", keep)
    _reads_as_csv(tmp_path, text)


def csv_ids(text: str) -> list[str]:
    """The non-empty ids of a history CSV, as the csv module reads them."""
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    index = rows[0].index("id")
    return [r[index] for r in rows[1:] if len(r) > index and r[index]]


#: The columns of :data:`HEADER` with the note before the id (a comma quoted before it).
NOTE_FIRST = "type,date,note,id,platform,reason_code,listings,taken_down,rejected"


def shuffled_with_notes(n: int, every: int = 100, note_first: bool = False) -> str:
    """``n`` complaints, ids in no order, a one-line quoted note on one row in ``every``;
    ``note_first``: the note column before the id's."""
    lines = []
    for i in range(n):
        note = ONE_LINE_NOTES[i // every % len(ONE_LINE_NOTES)] if i % every == 0 else ""
        cid = f"C{i * 7919 % n:06d}"
        cells = [note, cid] if note_first else [cid, "tmall,x,1,1,0", note]
        rest = ["tmall,x,1,1,0"] if note_first else []
        lines.append(",".join(["complaint", "2023-01-02", *cells, *rest]))
    return "\n".join([NOTE_FIRST if note_first else HEADER, *lines]) + "\n"


@pytest.fixture
def ids_by_fast(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many ids each call of :meth:`_FastBlocks.ids_of` gives (the second reading)."""
    given: list[int] = []
    ids_of = history._FastBlocks.ids_of

    def counting(self: Any, text: str) -> list[str]:
        found = ids_of(self, text)
        given.append(len(found))
        return found

    monkeypatch.setattr(history._FastBlocks, "ids_of", counting)
    return given


@pytest.mark.parametrize("note_first", [False, True], ids=["note-last", "note-first"])
@pytest.mark.parametrize("block", [64, 4096])
def test_reading_every_id_again_keeps_the_fast_path_through_quoted_notes(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    ids_by_fast: list[int],
    block: int,
    note_first: bool,
) -> None:
    """Before, from the first block holding a quote on, the rest of the file went through
    csv.reader; now a block whose quotes are one-line notes gives its ids by the fast path
    (the notes emptied: a comma quoted before the id moves no id)."""
    monkeypatch.setattr(history, "_BLOCK", block)
    text = shuffled_with_notes(3000, note_first=note_first)
    path = tmp_path / "h.csv"
    path.write_bytes(text.encode("utf-8"))
    got = list(history._csv_ids(path.open("rb"), "h.csv", close=True))
    assert [i for batch in got for i in batch] == csv_ids(text)
    assert sum(ids_by_fast) == 3000


def test_a_quoted_line_end_still_sends_the_rest_to_csv(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, ids_by_fast: list[int]
) -> None:
    """A block that the notes-dropped reading cannot read (a note spanning lines) is read by
    csv with the rest of the file, as before: the same ids, in order."""
    monkeypatch.setattr(history, "_BLOCK", 512)
    lines = shuffled_with_notes(1000).split("\n")
    lines[601] = lines[601].replace('"a, b"', '"a,\nb"')  # row 600's note
    text = "\n".join(lines)
    path = tmp_path / "h.csv"
    path.write_bytes(text.encode("utf-8"))
    got = list(history._csv_ids(path.open("rb"), "h.csv", close=True))
    assert [i for batch in got for i in batch] == csv_ids(text)
    assert 0 < sum(ids_by_fast) < 600


def line_starts(data: bytes) -> list[int]:
    """The byte where each line of the body starts (after the header)."""
    starts = [data.index(b"\n") + 1]
    while (at := data.find(b"\n", starts[-1]) + 1) and at < len(data):
        starts.append(at)
    return starts


@settings(max_examples=150, deadline=None)
@given(
    n=st.integers(1, 400),
    every=st.integers(1, 30),
    block=st.sampled_from([16, 200, 4096]),
    cuts=st.lists(st.integers(0, 10_000), min_size=1, max_size=8, unique=True),
    note_first=st.booleans(),
)
def test_reading_some_blocks_again_keeps_the_fast_path_through_quoted_notes(
    tmp_path_factory: pytest.TempPathFactory,
    n: int,
    every: int,
    block: int,
    cuts: list[int],
    note_first: bool,
) -> None:
    """:func:`_csv_ids_at` over stretches of bytes (non-ASCII notes: bytes are not
    characters) gives at least the ids of the lines that start in them, and only ids of
    the file: it no longer gives up at a block of quoted notes."""
    text = shuffled_with_notes(n, every, note_first)
    data = text.encode("utf-8")
    starts = line_starts(data)
    at = sorted({starts[c % len(starts)] for c in cuts})
    spans: list[tuple[int, int | None]] = []
    for k, lo in enumerate(at):  # stretches of one to three lines, apart
        nxt = starts.index(lo) + 1 + k % 3
        hi = starts[nxt] if nxt < len(starts) else None
        if spans and (spans[-1][1] is None or spans[-1][1] >= lo):
            continue
        spans.append((lo, hi))
    path = tmp_path_factory.mktemp("ids") / "h.csv"
    path.write_bytes(data)
    want: Counter[str] = Counter()
    for lo, hi in spans:
        chunk = data[lo : len(data) if hi is None else hi].decode("utf-8")
        want.update(csv_ids(text[: text.index("\n") + 1] + chunk))
    old = history._BLOCK
    history._BLOCK = block
    try:
        got = Counter(
            i
            for batch in history._csv_ids_at(path.open("rb"), "h.csv", spans, close=True)
            for i in batch
        )
    finally:
        history._BLOCK = old
    assert not want - got  # every id of the stretches
    assert not got - Counter(csv_ids(text))  # and only ids of the file


def test_a_file_with_ids_in_no_order_and_quoted_notes_is_read_again_by_the_fast_path(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, ids_by_fast: list[int]
) -> None:
    """The reader's second reading (fingerprints narrowed: every block holds a match): the
    blocks that hold the matches are read again by the fast path, and nothing by csv; a
    repeated id is still found and named on both its lines."""
    monkeypatch.setattr(history, "_BLOCK", 4096)
    monkeypatch.setattr(ids, "MASK", 0xF)
    readers: list[tuple[Any, ...]] = []
    reader = history.csv.reader

    def counting(*args: Any, **kwargs: Any) -> Any:
        readers.append(args)
        return reader(*args, **kwargs)

    text = shuffled_with_notes(3000)
    path = tmp_path / "h.csv"
    path.write_bytes(text.encode("utf-8"))
    monkeypatch.setattr(history.csv, "reader", counting)
    assert History.from_file(path).complaints == 3000
    assert sum(ids_by_fast) == 3000  # every id once: every block holds a match
    # csv reads the header and the quoted lines (both readings; a block's quoted lines by one
    # reader since gf27), no stretch of lines: no line without a quote but the header
    header = text.split("\n", 1)[0]
    assert all(isinstance(a[0], list | tuple) for a in readers)
    assert all('"' in line or line == header for a in readers for line in a[0])
    lines = text.splitlines()
    lines[2500] = lines[2500].replace(lines[2500].split(",")[2], lines[40].split(",")[2])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    dup = lines[40].split(",")[2]
    with pytest.raises(InputError, match=rf"duplicate id '{dup}' \(first on line 41;") as info:
        History.from_file(path)
    assert info.value.line == 2501


def test_a_compressed_file_with_ids_in_no_order_and_quoted_notes(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, ids_by_fast: list[int]
) -> None:
    """A history named ``*.gz`` (read again through: it cannot be moved in): the second
    reading reads its blocks of quoted notes by the fast path too, and finds a repeat."""
    monkeypatch.setattr(history, "_BLOCK", 4096)
    monkeypatch.setattr(ids, "MASK", 0xF)
    lines = shuffled_with_notes(2000).splitlines()
    path = tmp_path / "h.csv.gz"
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8")))
    assert History.from_file(path).complaints == 2000
    assert sum(ids_by_fast) == 2000
    dup = lines[1].split(",")[2]  # row 0: a quoted note
    lines[1500] = lines[1500].replace(lines[1500].split(",")[2], dup)
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8")))
    with pytest.raises(InputError, match=rf"duplicate id '{dup}' \(first on line 2;") as info:
        History.from_file(path)
    assert info.value.line == 1501
