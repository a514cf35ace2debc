"""Hostile arguments to the API added or changed in the session of sweep apifuzz11:
``History.from_frame`` / ``to_frame``, ``what_if`` reading a history stream, ``set_gc_pausing``,
``IpprulesError.to_dict``, the date hints and look-alike hints. Only ``TypeError`` or an
:class:`~ipprules.errors.IpprulesError` may escape; each test below failed before its fix.
"""

from __future__ import annotations

import datetime as dt
import io
import pathlib
from typing import Any

import pytest

from ipprules import (
    CheckFailed,
    advise,
    extract_urls,
    parse_listings,
    read_plan,
    set_gc_pausing,
    what_if,
)
from ipprules._codes import entry_data
from ipprules.calendars import calendar_from_data
from ipprules.checks import plan_from_data
from ipprules.checks.findings import record_rules
from ipprules.errors import InputError, StreamConsumedError, UnknownNameError, lookalike
from ipprules.goodfaith import History
from ipprules.penalties import read_violations

pd = pytest.importorskip("pandas")

EXAMPLES = pathlib.Path(__file__).resolve().parents[2] / "examples"


def _frame(rows: int = 8) -> pd.DataFrame:
    frame = History.from_file(EXAMPLES / "history.csv").to_frame().head(rows).copy()
    frame.index = [f"r{i}" for i in range(rows)]
    return frame


@pytest.mark.parametrize("note", ["a\nb\nc", "x\r\ny", "\n\n", 'say "\n" twice'])
def test_from_frame_names_the_row_after_a_note_holding_line_breaks(note: str) -> None:
    # A note with line breaks makes its row's CSV record span several lines: the refusal of a
    # later row was placed at the row of its line number ('r7' for 'r5'), or at no row.
    frame = _frame()
    frame["note"] = pd.Series([note] + [""] * 7, dtype=object, index=frame.index)
    frame["listings"] = frame["listings"].astype(object)
    frame.loc["r5", "listings"] = "x"
    with pytest.raises(InputError) as caught:
        History.from_frame(frame)
    assert [p.path for p in caught.value.problems] == ["$['r5'].listings"]


def test_from_frame_of_rows_without_columns_is_refused() -> None:
    # 3 rows and no columns made blank lines, read as no rows: an empty history, the rows
    # unaccounted for.
    with pytest.raises(InputError, match=r"missing column 'type'.*3 row"):
        History.from_frame(pd.DataFrame(index=range(3)))
    assert History.from_frame(pd.DataFrame()) == History.from_rows([])


def test_from_frame_of_multiindex_columns_names_the_levels() -> None:
    # Each level made a header line, the lower one read as a row: "$[0].date: ... got 'x'".
    frame = _frame()
    frame.columns = pd.MultiIndex.from_tuples([(c, "x") for c in frame.columns])
    with pytest.raises(InputError, match=r"2 levels \(a MultiIndex\)"):
        History.from_frame(frame)


def test_from_frame_with_type_in_its_index_says_reset_index() -> None:
    frame = _frame().set_index(["type", "date"])
    with pytest.raises(InputError, match=r"in the frame's index; df.reset_index\(\)"):
        History.from_frame(frame)
    assert History.from_frame(frame.reset_index()) == History.from_frame(_frame())


def _closed_text() -> io.StringIO:
    stream = io.StringIO("type,date\n")
    stream.close()
    return stream


def _closed_bytes() -> io.BytesIO:
    stream = io.BytesIO(b"type,date\n")
    stream.close()
    return stream


READERS = {
    "History.from_file": History.from_file,
    "read_plan": read_plan,
    "read_violations": read_violations,
    "what_if": lambda s: what_if(_HISTORY, s, "2022-12-31"),
    "parse_listings": lambda s: list(parse_listings(s)),
}

_HISTORY = History.from_rows([(738525, "taobao", "tm_counterfeit", 9, 9, 0, 0, 0)])


@pytest.mark.parametrize("make", [_closed_text, _closed_bytes])
@pytest.mark.parametrize("reader", sorted(READERS))
def test_a_closed_stream_is_refused_by_the_library(reader: str, make: Any) -> None:
    # ValueError: I/O operation on closed file escaped every reader.
    with pytest.raises((InputError, StreamConsumedError), match="stream is closed"):
        READERS[reader](make())


@pytest.mark.parametrize("reader", ["read_plan", "read_violations", "what_if"])
def test_a_lone_surrogate_in_a_text_stream_is_an_input_error(reader: str) -> None:
    # UnicodeEncodeError ('surrogates not allowed') escaped where a text stream is read as
    # UTF-8 bytes; the history reader already said this.
    text = "type,date,platform,reason_code,listings,taken_down\ncomplaint,2022-12-01,\ud800,x,1,1\n"
    with pytest.raises(InputError, match=r"lone surrogate \(\\ud800"):
        READERS[reader](io.StringIO(text))


@pytest.mark.parametrize("text", ["", "\n\n", "\ufeff  \r\n"])
def test_what_if_of_an_empty_stream_says_so(text: str) -> None:
    # It said "not valid JSON: the file is empty" of a stream of no declared format, as of
    # a stream an earlier call read to its end.
    with pytest.raises(InputError, match="stream holds no plan nor history"):
        what_if(_HISTORY, io.StringIO(text), "2022-12-31")
    used = io.StringIO("type,date,platform,reason_code,listings,taken_down\n")
    used.read()
    with pytest.raises(InputError, match="read to its end"):
        what_if(_HISTORY, used, "2022-12-31")


class _LoudInt(int):
    def __lt__(self, other: object) -> bool:
        raise RuntimeError("own comparison called")

    def __gt__(self, other: object) -> bool:
        raise RuntimeError("own comparison called")


def test_a_date_written_as_an_int_subclass_gets_the_hint_not_its_comparisons() -> None:
    # date_hint_of compared the int subclass itself: RuntimeError escaped calendar_from_data,
    # and plan_from_data said only "invalid value (RuntimeError: gt)".
    with pytest.raises(InputError, match=r"holidays\[0\].*write it 2026-11-03"):
        calendar_from_data({"name": "x", "holidays": [_LoudInt(20261103)]})
    data = read_plan(EXAMPLES / "plan.toml").to_dict()
    data["as_of"] = _LoudInt(20261103)
    with pytest.raises(InputError, match=r"\$\.as_of: .*write it 2026-11-03"):
        plan_from_data(data)


def test_lookalike_names_the_characters_typed() -> None:
    # NFKC of the whole name composed 'a' + U+0301 into U+00E1, which was named though
    # nobody typed it; a near name that is no str raised AttributeError.
    said = str(UnknownNameError("platform", "ta\u0301obao", ["taobao"]))
    assert "U+0301 COMBINING ACUTE ACCENT" in said
    assert "U+00E1" not in said
    assert lookalike("\uff34\uff2d\uff21\uff2c\uff2c", "tmall") == ""  # full-width: own hint
    assert lookalike("x\u0430", 5) == ""  # type: ignore[arg-type]


def test_check_failed_of_no_report_and_gc_pausing_of_numpy_bool_are_type_errors() -> None:
    # CheckFailed("x") raised AttributeError ('str' object has no attribute 'errors');
    # set_gc_pausing(numpy.bool_(True)) said "must be a bool, got bool".
    with pytest.raises(TypeError, match="report must be a Report, got str"):
        CheckFailed("x")  # type: ignore[arg-type]
    np = pytest.importorskip("numpy")
    with pytest.raises(TypeError, match=r"got numpy\.bool"):
        set_gc_pausing(np.bool_(True))


class _LoudStr(str):
    __hash__ = str.__hash__

    def __eq__(self, other: object) -> bool:
        raise RuntimeError("own __eq__ called")

    def partition(self, sep: str) -> tuple[str, str, str]:  # type: ignore[override]
        raise RuntimeError("own partition called")


class _LoudDate(dt.date):
    def isoformat(self) -> str:
        raise RuntimeError("own isoformat called")


def test_explain_data_reads_its_arguments_as_plain_values() -> None:
    # entry_data / record_rules (explain --as-of's data) called a str subclass's own
    # partition or __eq__, a date subclass's isoformat (rules_as_of was str(as_of): a
    # datetime's time too), and a book or code of another type raised AttributeError.
    code = "right-document-missing"
    assert entry_data(_LoudStr(code), as_of="2026-11-23")["code"] == code
    assert record_rules(_LoudStr(code), as_of="2026-11-23") == record_rules(
        code, as_of="2026-11-23"
    )
    assert entry_data(code, as_of=_LoudDate(2026, 11, 23))["rules_as_of"] == "2026-11-23"
    assert entry_data(code, as_of=dt.datetime(2026, 11, 23, 5))["rules_as_of"] == "2026-11-23"
    for bad in (5, None):
        with pytest.raises(TypeError, match="code must be a str"):
            entry_data(bad)  # type: ignore[arg-type]
    for book in ("embedded", 5):
        with pytest.raises(TypeError, match="book must be a RuleBook"):
            record_rules(code, book=book)
        with pytest.raises(TypeError, match="book must be a RuleBook"):
            entry_data(code, book=book)


def test_advise_reads_its_ipr_type_and_subtype_as_plain_str() -> None:
    # advise called a str subclass's own __eq__: the subtype's lookup among the IPR type's,
    # the store-front notes' comparison of the IPR type.
    plain = advise(
        "patent", "taobao", subtype="utility_model", facts=["design"], as_of="2026-11-23"
    )
    loud = advise(
        _LoudStr("patent"),
        "taobao",
        subtype=_LoudStr("utility_model"),
        facts=["design"],
        as_of="2026-11-23",
    )
    assert loud == plain
    assert any("subtype design" in note for note in loud.notes)  # the other subtype named


class _ContainsNothing(str):
    def __contains__(self, part: object) -> bool:
        raise RuntimeError("own __contains__ called")


@pytest.mark.parametrize(
    "text",
    [
        '[x](https://evil.cn/a "https://item.taobao.com/item.htm?id=520813250866")',
        "https://item.taobao.com/item.htm?id=63540767****",
        "请求参数:nick=a&url=item.taobao.com/item.htm?id=520813250866",
        "https://aliexpress.com/item/../1005001234567890.html",
    ],
)
def test_extract_urls_reads_a_str_subclass_as_its_characters(text: str) -> None:
    # extract_urls called a str subclass's own __contains__ (parse_listing already read
    # its characters).
    assert extract_urls(_ContainsNothing(text)) == extract_urls(text)


class _NamedStream(io.StringIO):
    name: object = None


def test_history_from_a_stream_whose_name_is_no_str_names_it_stream() -> None:
    # str() of the stream's name: a huge int's raised ValueError (int-to-text limit), as
    # other readers name such a stream <stream> (source_name).
    stream = _NamedStream("type,date,platform,reason_code,listings,taken_down\nx,2022-12-01\n")
    stream.name = 10**5000
    with pytest.raises(InputError) as caught:
        History.from_file(stream)
    assert caught.value.problems[0].file == "<stream>"
