"""gf27: the in-C readings of a block of complaints dated in no order and of lines holding
quoted notes give what the key-by-key and line-by-line readings give."""

from __future__ import annotations

import csv
from typing import Any

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from ipprules.goodfaith import history

COLUMNS = (
    "type,date,id,platform,reason_code,listings,taken_down,rejected,withdrawn,pending,"
    "reinstated,counter_rejected,note"
)
DATES = ("2023-01-02", "2021-07-30", "1900-01-01", "2999-12-31", "2023-02-30", "2023-1-02")
TAILS = (
    "tmall,tm_misuse,2,2,0,0,0,0,0,",
    "taobao,tm_counterfeit,1,0,1,0,0,0,0,x",
    "taobao,tm_counterfeit,1,1,0,0,0,1,0,",
    "tmall,tm_misuse,1,1,1,0,0,0,0,",  # counts that do not add up
    "tmall,tm_misuse,3,1,1,1,0,0,0,n",
    "tmall,tm_misuse,2,2,0,0,0,0",  # a cell short
)
SETTINGS = settings(max_examples=50, deadline=None, derandomize=True)


def _fast(account: str | None = None) -> history._FastBlocks:
    fields = COLUMNS.split(",")
    want = history._Want(account=account)
    records = history._CsvRecords(*history._header(fields, "t.csv"), "t.csv", want)
    return history._FastBlocks(records, None)


def _key_by_key(keys: list[str]) -> Any:
    """:meth:`_FastBlocks._dated` without its in-C path (the reading before gf27)."""
    fast = _fast()
    fast.dated_keys = True
    fast._dated_rows = lambda keys: None  # type: ignore[method-assign]
    return fast._dated(keys)


lines = st.lists(
    st.tuples(st.sampled_from(DATES), st.sampled_from(TAILS), st.integers(0, 99)),
    min_size=1,
    max_size=40,
)


@SETTINGS
@given(lines)
def test_dated_rows_equal_the_key_by_key_reading(picked: list[tuple[str, str, int]]) -> None:
    keys = [f"complaint,{date},{tail}" for date, tail, _ in picked]
    keys = list(dict.fromkeys(keys))  # the distinct keys of a block, as _rows gives them
    fast = _fast()
    fast.dated_keys = True
    rows = fast._dated_rows(keys)
    expected = _key_by_key(keys)
    if rows is not None:
        assert rows == expected
        assert all(type(row) is tuple and len(row) == 8 for row in rows)
    assert fast._dated(keys) == expected  # a block read twice: the caches answer the same


def test_dated_rows_read_a_shuffled_block_in_c() -> None:
    # keys as _FastBlocks._complaints makes them: the first 21 characters, then after the id
    keys = ["complaint,2023-01-02,tmall,tm_misuse,2,2,0,0,0,0,0,"]
    keys.append("complaint,2021-07-30,taobao,tm_counterfeit,1,0,1,0,0,0,0,x")
    fast = _fast()
    fast.dated_keys = True
    assert fast._dated_rows(keys) == _key_by_key(keys)
    assert fast._dated_rows(keys[:1])[0][0] == 738522  # 2023-01-02, from the caches
    assert (
        fast._dated_rows([*keys, "complaint,2023-02-30,tmall,tm_misuse,2,2,0,0,0,0,0,"]) is None
    )  # a row of no account asked


def _notes_by_line(text: str, width: int, i_type: int, i_note: int) -> str | None:
    """The reading before gf27: each quoted line by a csv.reader of its own."""
    if "\r" in text and text.count("\r") != text.count("\r\n"):
        return None
    pieces: list[str] = []
    done = 0
    at = text.find('"')
    while at != -1:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at) + 1 or len(text)
        line = text[start:end]
        body = line.rstrip("\r\n")
        try:
            fields = next(csv.reader((body,), strict=True))
        except csv.Error:
            return None
        if len(fields) != width or fields[i_type] != "complaint":
            return None
        fields[i_note] = ""
        new = ",".join(fields)
        if new.count(",") != width - 1 or '"' in new or "\r" in new or "\n" in new:
            return None
        pieces += (text[done:start], new, line[len(body) :])
        done = end
        at = text.find('"', end)
    pieces.append(text[done:])
    plain = "".join(pieces)
    return None if history._needs_csv(plain) else plain


NOTES = ('"a, b"', '"x ""y"", z"', '"open', '"a\nb"', "plain", '"q"x', '""', '"a;b"')
PREFIXES = (
    "complaint,2023-01-02,C1,tmall,tm_misuse,2,2,0,0,0,0,0,",
    "abuse,2023-01-02,,,,,,,,,,,",
    'complaint,2023-01-02,"C,2",tmall,tm_misuse,2,2,0,0,0,0,0,',
    "complaint,2023-01-02,C3,tmall,tm_misuse,2,2,0,0,0,0,",
)


@SETTINGS
@given(
    st.lists(st.tuples(st.sampled_from(PREFIXES), st.sampled_from(NOTES)), min_size=1),
    st.sampled_from(("\n", "\r\n", "\r")),
    st.booleans(),
)
def test_notes_dropped_equal_the_line_by_line_reading(
    picked: list[tuple[str, str]], end: str, last_end: bool
) -> None:
    text = end.join(prefix + note for prefix, note in picked) + (end if last_end else "")
    assume(history._needs_csv(text))  # what the reader hands over
    records = history._CsvRecords(
        *history._header(COLUMNS.split(","), "t.csv"), "t.csv", history._Want()
    )
    got = history._notes_dropped(text, records)
    expected = _notes_by_line(text, records.width, records.i_type, 12)
    if expected is None:
        assert got is None
    else:  # the same lines; their ends \n, as the fast path reads \r\n
        assert got == expected.replace("\r\n", "\n")
