"""Reading histories: CSV and JSON Lines, streaming, strict errors with file, line and column."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules.errors import InputError
from ipprules.goodfaith import (
    AccountEvent,
    Complaint,
    EventKind,
    iter_history,
    iter_rows,
    read_history,
)

HEADER = "type,date,platform,reason_code,listings,taken_down,rejected,withdrawn,pending,reinstated"


def read(text: str, name: str = "h.csv") -> list[object]:
    return list(iter_rows(io.StringIO(text), name=name))


def test_csv_complaints_and_events() -> None:
    text = (
        HEADER + "\n"
        "complaint,2023-01-05,taobao,tm_counterfeit,10,7,1,1,1,2\n"
        "\n"
        "abuse,2023-02-01,,,,,,,,\n"
    )
    rows = read(text)
    assert rows[0] == (dt.date(2023, 1, 5).toordinal(), "taobao", "tm_counterfeit", 7, 1, 1, 1, 2)
    assert rows[1] == AccountEvent(date=dt.date(2023, 2, 1), kind=EventKind.ABUSE)


def test_columns_in_any_order_and_empty_counts_are_zero() -> None:
    text = "listings,reason_code,platform,date,type,taken_down\n3,x,tmall,2023-01-05,complaint,3\n"
    assert read(text) == [(dt.date(2023, 1, 5).toordinal(), "tmall", "x", 3, 0, 0, 0, 0)]


def test_iter_history_builds_records() -> None:
    text = HEADER + "\ncomplaint,2023-01-05,taobao,x,4,3,1,0,0,1\n"
    (record,) = iter_history(io.StringIO(text))
    assert isinstance(record, Complaint)
    assert (record.listings, record.taken_down, record.reinstated) == (4, 3, 1)


@pytest.mark.parametrize(
    ("line", "column", "message"),
    [
        ("complaint,2023-13-05,taobao,x,4,4,0,0,0,0", 11, "expected a date"),
        ("complaint,2023-01-05,,x,4,4,0,0,0,0", 22, "needs a platform"),
        ("complaint,2023-01-05,taobao,x,4,4,1,0,0,0", 31, "not listings = 4"),
        ("complaint,2023-01-05,taobao,x,4,-4,0,0,0,0", 33, "non-negative integer"),
        ("complaint,2023-01-05,taobao,x,4,4,0,0,0,5", 41, "exceeds taken_down"),
        ("complaint,2023-01-05,taobao,x,4,4,0,0,0", 1, "expected 10 fields"),
        ("takedown,2023-01-05,,,,,,,,", 1, "expected a type"),
        ("removal,2023-01-05,taobao,,,,,,,", 20, "leaves 'platform' empty"),
        ("complaint,2023-01-05,taobao,x,４,4,0,0,0,0", 31, "non-negative integer"),
    ],
)
def test_csv_errors_name_file_line_and_column(line: str, column: int, message: str) -> None:
    text = HEADER + "\ncomplaint,2023-01-04,taobao,x,1,1,0,0,0,0\n" + line + "\n"
    with pytest.raises(InputError) as info:
        read(text, "hist.csv")
    err = info.value
    assert (err.file, err.line, err.column) == ("hist.csv", 3, column)
    assert message in str(err)
    assert str(err).startswith(f"hist.csv:3:{column}: ")


def test_csv_header_problems() -> None:
    with pytest.raises(InputError, match="unknown column 'colour'"):
        read("type,date,colour\n")
    with pytest.raises(InputError, match="missing column 'date'"):
        read("type,platform\n")
    with pytest.raises(InputError, match="line 1 is blank: a CSV history starts") as info:
        read("\n" + HEADER + "\n")
    assert (info.value.file, info.value.line) == ("h.csv", 1)


# A history with no rows at all, in either format: 0 bytes, blank lines only (spaces, tabs,
# \n, \r\n), or a CSV header alone. One behaviour: an empty history (an account that has
# filed nothing), which the standing notes; it used to be refused in CSV only.
BLANK = st.lists(st.sampled_from(["", " ", "\t", "  \t "]), max_size=5).flatmap(
    lambda lines: st.sampled_from(["\n", "\r\n"]).map(
        lambda end: end.join(lines) + end * bool(lines)
    )
)


@given(text=BLANK, fmt=st.sampled_from(["csv", "jsonl"]), binary=st.booleans())
def test_a_history_with_no_rows_is_empty_in_every_format(text: str, fmt: str, binary: bool) -> None:
    stream = io.BytesIO(text.encode()) if binary else io.StringIO(text)
    assert list(iter_rows(stream, name=f"h.{fmt}")) == []
    stream = io.BytesIO(text.encode()) if binary else io.StringIO(text)
    assert list(iter_history(stream, name=f"h.{fmt}")) == []


@pytest.mark.parametrize("text", ["", "\n\n", HEADER + "\n", "type,date\r\n\r\n"])
def test_an_empty_history_file_reads_and_the_standing_says_so(text: str, tmp_path) -> None:
    from ipprules.goodfaith import History, standing

    path = tmp_path / "h.csv"
    path.write_text(text, encoding="utf-8", newline="")
    s = standing(History.from_file(path), dt.date(2024, 1, 1))
    assert not s.qualifies
    assert any(n.startswith("the history holds no records") for n in s.notes)
    jsonl = tmp_path / "h.jsonl"
    jsonl.write_text("" if text.startswith("t") else text, encoding="utf-8", newline="")
    assert standing(History.from_file(jsonl), dt.date(2024, 1, 1)).notes == s.notes


def test_csv_quoting_error_is_located() -> None:
    with pytest.raises(InputError) as info:
        read(HEADER + '\ncomplaint,"2023-01-05,taobao\n')
    assert info.value.line is not None
    assert "CSV" in str(info.value) or "fields" in str(info.value)


def test_jsonl_counts_and_items() -> None:
    lines = [
        {
            "type": "complaint",
            "date": "2023-01-05",
            "platform": "taobao",
            "reason_code": "x",
            "listings": 3,
            "taken_down": 2,
            "rejected": 1,
        },
        {
            "type": "complaint",
            "date": "2023-01-06",
            "platform": "tmall",
            "reason_code": "y",
            "items": [
                {"outcome": "taken_down", "counter_notice": "upheld"},
                {"outcome": "pending"},
                {"outcome": "withdrawn"},
            ],
        },
        {"type": "admission", "date": "2023-02-01"},
    ]
    text = "\n".join(json.dumps(x) for x in lines) + "\n"
    rows = read(text, "h.jsonl")
    assert rows[0][3:] == (2, 1, 0, 0, 0)
    assert rows[1][3:] == (1, 0, 1, 1, 1)
    assert rows[2] == AccountEvent(date=dt.date(2023, 2, 1), kind=EventKind.ADMISSION)


@pytest.mark.parametrize(
    ("line", "column", "message"),
    [
        (
            '{"type": "complaint", "date": "2023-01-05", "platform": "t", "reason_code": "x", '
            '"listings": "3"}',
            94,
            "expected listings",
        ),
        ('{"type": "complaint", "date": 5}', 31, "expected a date"),
        ('{"type": "complaint", "oops": 1}', 23, "$.oops: unknown key 'oops'"),  # at the key
        ('{"type": "complaint", "date": "2023-01-05",', 44, "not valid JSON"),
        ("[1, 2]", 1, "expected a JSON object"),
        ('{"type": "admission", "date": "2023-01-05", "listings": 4}', 57, "has no 'listings'"),
    ],
)
def test_jsonl_errors_name_file_line_and_column(line: str, column: int, message: str) -> None:
    text = '{"type": "declaration", "date": "2023-01-01"}\n' + line + "\n"
    with pytest.raises(InputError) as info:
        read(text, "h.jsonl")
    err = info.value
    assert (err.file, err.line, err.column) == ("h.jsonl", 2, column)
    assert message in str(err)


def test_reading_streams(tmp_path: object) -> None:
    """The reader is a generator: it yields the first row before reading the rest."""

    class Endless(io.StringIO):
        def __init__(self) -> None:
            super().__init__()
            self.lines = 0

        def read(self, size: int | None = -1) -> str:
            self.lines += 1
            line = "complaint,2023-01-05,taobao,x,1,1,0,0,0,0\n"
            return (HEADER + "\n" if self.lines == 1 else "") + line * 3

    stream = Endless()
    rows = iter_rows(stream, name="endless.csv")
    first = [next(rows) for _ in range(5)]
    assert len(first) == 5
    assert stream.lines <= 10


def test_missing_file() -> None:
    with pytest.raises(InputError, match="cannot read the file"):
        list(iter_rows("/nonexistent/history.csv"))


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_junk_csv_lines_raise_input_error_only(junk: str) -> None:
    text = HEADER + "\n" + junk + "\n"
    caught: InputError | None = None
    rows: list[object] = []
    try:
        rows = read(text)
    except InputError as err:
        caught = err
    if caught is not None:
        assert caught.file == "h.csv"
        assert caught.line is not None
    else:
        assert all(isinstance(r, tuple | AccountEvent) for r in rows)


@settings(max_examples=150, deadline=None)
@given(
    st.one_of(
        st.text(max_size=200),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.text(max_size=12),
            lambda inner: (
                st.lists(inner, max_size=4)
                | st.dictionaries(
                    st.sampled_from(
                        [
                            "type",
                            "date",
                            "platform",
                            "reason_code",
                            "listings",
                            "taken_down",
                            "items",
                            "outcome",
                            "x",
                        ]
                    ),
                    inner,
                    max_size=6,
                )
            ),
            max_leaves=12,
        ).map(json.dumps),
    )
)
def test_junk_jsonl_lines_raise_input_error_only(junk: str) -> None:
    caught: InputError | None = None
    rows: list[object] = []
    try:
        rows = read(junk.replace("\n", " ") + "\n", "h.jsonl")
    except InputError as err:
        caught = err
    if caught is not None:
        assert caught.file == "h.jsonl"
        assert caught.line == 1
    else:
        assert all(isinstance(r, tuple | AccountEvent) for r in rows)


@pytest.mark.parametrize("reader", [iter_history, iter_rows, read_history])
@pytest.mark.parametrize(("keyword", "junk"), [("name", 1), ("name", b"h.csv"), ("format", 2)])
def test_a_name_or_format_that_is_not_a_string_is_a_type_error(
    reader: object, keyword: str, junk: object
) -> None:
    """Before: ``read_history(path, name=1)`` raised AttributeError (``'int' object has no
    attribute 'lower'``)."""
    with pytest.raises(TypeError, match=f"{keyword} must be a str"):
        list(reader(io.StringIO(HEADER + "\n"), **{keyword: junk}))  # type: ignore[operator]


def test_a_deeply_nested_jsonl_line_says_so() -> None:
    """Before: "maximum recursion depth exceeded while decoding a JSON array from a unicode
    string" (Python's wording)."""
    with pytest.raises(InputError, match=r"h\.jsonl:2:1: \$: nested deeper than 64 levels"):
        read(
            '{"type": "declaration", "date": "2023-01-01"}\n' + "[" * 100_000 + "\n",
            name="h.jsonl",
        )


@settings(max_examples=40, deadline=None)
@given(
    rows=st.integers(min_value=0, max_value=5),
    column=st.integers(min_value=0, max_value=30),
    fmt=st.sampled_from(["csv", "jsonl"]),
    binary=st.booleans(),
)
def test_a_nul_byte_is_refused_where_it_is(rows: int, column: int, fmt: str, binary: bool) -> None:
    """As every other input: before, a NUL in a history became part of a column name, a
    platform or an id ("unknown column 't\\x00y\\x00p\\x00e'" for a UTF-16 file)."""
    if fmt == "csv":
        lines = [HEADER] + ["complaint,2023-01-05,taobao,x,4,4,0,0,0,0"] * rows
    else:
        lines = ['{"type": "declaration", "date": "2023-01-01"}'] * (rows + 1)
    last = lines[-1]
    column = min(column, len(last))
    lines[-1] = last[:column] + "\0" + last[column:]
    text = "\n".join(lines) + "\n"
    source = io.BytesIO(text.encode()) if binary else io.StringIO(text)
    where = rf"h:{len(lines)}:{column + 1}: \$: NUL byte in text"
    with pytest.raises(InputError, match=where):
        list(iter_rows(source, name="h", format=fmt))


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_a_utf16_history_is_named_so(fmt: str) -> None:
    text = HEADER + "\n" if fmt == "csv" else '{"type": "declaration", "date": "2023-01-01"}\n'
    for data in (text.encode("utf-16"), text.encode("utf-16-le")):
        with pytest.raises(InputError, match=r"h:1:\d: \$: (UTF-16 text|NUL byte)"):
            list(iter_rows(io.BytesIO(data), name="h", format=fmt))


@settings(max_examples=30, deadline=None)
@given(before=st.integers(min_value=0, max_value=40), after=st.integers(min_value=0, max_value=40))
def test_a_quote_never_closed_is_named_on_its_line(before: int, after: int) -> None:
    """Before: the error named the last line of the file (where the reader gave up); then
    its line but column 1: now the column where the quoted cell opens (22)."""
    row = "complaint,2023-01-05,taobao,x,4,4,0,0,0,0"
    lines = [HEADER, *[row] * before, 'complaint,2023-01-05,"taobao,x,4,4,0,0,0,0', *[row] * after]
    text = "\n".join(lines) + "\n"
    where = rf"h:{before + 2}:22: \$: not valid CSV: unexpected end of data \(a quote opened"
    for reader in (iter_rows, iter_history):
        with pytest.raises(InputError, match=where):
            list(reader(io.StringIO(text), name="h"))


@pytest.mark.no_cover
def test_a_pickled_history_carries_no_cache_of_a_standing() -> None:
    """The merged series a standing makes are kept on the history's counts (made once per
    standing): a history pickled afterwards (to a Dask worker) carried them, about three
    times its size. It pickles the same before and after a standing, and answers alike."""
    import pickle

    from ipprules.goodfaith import History, standing

    history = History.from_records(
        Complaint(
            filed=dt.date(2023, 1, 1) + dt.timedelta(days=i % 700),
            platform=("taobao", "tmall")[i % 2],
            reason_code="abc"[i % 3],
            listings=1,
            taken_down=1,
        )
        for i in range(3000)
    )
    before = pickle.dumps(history)
    found = standing(history, "2024-12-01")
    after = pickle.dumps(history)
    assert len(after) == len(before)
    copy = pickle.loads(after)
    assert copy == history
    assert standing(copy, "2024-12-01") == found
    assert standing(copy, "2024-12-01") == standing(copy, "2024-12-01")
