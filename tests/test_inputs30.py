"""Readers in bounded time and memory (sweep inputs30): every CSV reader gives one answer.

A CSV record longer than one machine reads (:data:`ipprules._files.MAX_RECORD`) is refused
alike by the one-machine readers and by the Dask readers (which read a whole partition with
pandas, and read such a record), at the line and column of its quote.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules import _files
from ipprules.cli.listings import iter_urls
from ipprules.errors import InputError
from ipprules.goodfaith import iter_history, iter_rows
from ipprules.planner import read_lines
from test_inputs29 import _most


def _outcome(read: Callable[[], Any]) -> str:
    """``ok``, or a reader's error text (file, line, column, message)."""
    try:
        read()
    except InputError as exc:
        return f"error: {exc}"
    return "ok"


URL = "https://item.taobao.com/item.htm?id=1"


def _dask_readers() -> dict[str, tuple[str, str, Callable[[str], Any], Callable[[str], Any]]]:
    """Each kind of CSV file: its header, a row, its one-machine reader, its Dask reader."""
    scale = pytest.importorskip("ipprules.scale")
    return {
        "listings": ("url,note", f"{URL},n", lambda p: list(iter_urls(p)),
                     lambda p: scale.read_urls(p).compute()),
        "plan": ("url,note", f"{URL},n", lambda p: list(read_lines(p)),
                 lambda p: scale.read_histories(p, history=False, text="url").compute()),
        "history": ("account,type,date,note", "acme,declaration,2024-01-02,n",
                    lambda p: list(iter_history(p)), lambda p: scale.read_histories(p).compute()),
    }  # fmt: skip


@settings(max_examples=10, deadline=None)
@given(
    kind=st.sampled_from(["listings", "plan", "history"]),
    lines=st.lists(st.integers(0, 30), min_size=2, max_size=6),
    closed=st.booleans(),
    end=st.sampled_from(["\n", "\r\n"]),
)
@example(kind="listings", lines=[40, 40, 40], closed=True, end="\n")
@example(kind="history", lines=[60, 60], closed=True, end="\n")
@example(kind="history", lines=[30, 30, 30, 30], closed=True, end="\r\n")
@example(kind="plan", lines=[30, 30, 30, 30], closed=False, end="\r\n")
def test_a_record_past_the_cap_is_one_answer_on_both_engines(
    tmp_path_factory: pytest.TempPathFactory, kind: str, lines: list[int], closed: bool, end: str
) -> None:
    """One machine and Dask read a record that spans lines alike: read while it holds at
    most the cap, else refused with one error at its quote, whether it closes or not."""
    dask = pytest.importorskip("dask")
    header, row, one, many = _dask_readers()[kind]
    prefix = row.rpartition(",")[0] + ',"'
    record = prefix + end.join("a" * n for n in lines) + ('"' if closed else "") + end
    path = tmp_path_factory.mktemp("rec") / "in.csv"
    path.write_bytes((header + end + row + end + record + row + end).encode())
    with _most(96), dask.config.set(scheduler="synchronous"):
        alone, both = _outcome(lambda: one(str(path))), _outcome(lambda: many(str(path)))
    assert alone == both
    if len(record) > 96 + (0 if kind == "history" else record.count("\r\n")):
        assert f"{path}:3:{len(prefix)}: $: not valid CSV: {_files.long_record(96)}" in alone


#: Each one-machine CSV reader of a file, and a header it reads.
_ONE_MACHINE: dict[str, tuple[str, Callable[[str], Any]]] = {
    "listings": ("url,note", lambda p: list(iter_urls(p))),
    "planner": ("url,note", lambda p: list(read_lines(p))),
    "history": ("type,date,note", lambda p: list(iter_history(p))),
}


@pytest.mark.parametrize("reader", sorted(_ONE_MACHINE))
def test_a_quote_never_closed_is_worded_alike(tmp_path: Path, reader: str) -> None:
    """Every CSV reader says a quote never closed in the same words, at the quote (the
    planner said only "unexpected end of data")."""
    header, read = _ONE_MACHINE[reader]
    path = tmp_path / "in.csv"
    path.write_text(f'{header}\nx,"y\nz\n', encoding="utf-8")
    never = "unexpected end of data (a quote opened on this line is never closed)"
    assert _outcome(lambda: read(str(path))) == f"error: {path}:2:3: $: not valid CSV: {never}"


@settings(max_examples=30, deadline=None)
@given(
    first=st.text(st.sampled_from('"a\t,\r date'), min_size=1, max_size=10),
    body=st.sampled_from(["", "declaration,2024-01-02\n", '"a"\t\r"a"\n']),
)
@example(first='"a"\t\r"a"', body="")
@example(first='type,"da\rte"', body="declaration,2024-01-02\n")
def test_a_carriage_return_in_the_header_line_is_one_answer(
    tmp_path_factory: pytest.TempPathFactory, first: str, body: str
) -> None:
    """``iter_rows`` and ``iter_history`` give one answer on a first line holding a lone
    carriage return: an old Mac file's, where ``iter_history`` said "',' expected after
    '"'" (``"a"\\t\\r"a"``) or "a column name holds a line break" (a CR in a quoted name)."""
    path = tmp_path_factory.mktemp("mac") / "h.csv"
    path.write_bytes(f"{first}\n{body}".encode())
    rows = _outcome(lambda: list(iter_rows(path)))
    history = _outcome(lambda: list(iter_history(path)))
    assert rows.startswith("error") == history.startswith("error")
    assert history == rows or not rows.startswith("error"), (rows, history)


def _json_lines_readers() -> dict[str, Callable[[str], Any]]:
    """Every CSV reader of a ``.csv`` file (Dask's where Dask is installed)."""
    from ipprules._files import iter_csv
    from ipprules.penalties import read_violations

    readers: dict[str, Callable[[str], Any]] = {
        "listings": lambda p: list(iter_urls(p)),
        "iter_rows": lambda p: list(iter_rows(p)),
        "iter_history": lambda p: list(iter_history(p)),
        "violations": read_violations,
        "iter_csv": lambda p: list(iter_csv(p)),
    }
    with contextlib.suppress(ImportError):
        from ipprules.scale import read_histories, read_urls

        readers["dask listings"] = lambda p: read_urls(p).compute(scheduler="synchronous")
        readers["dask history"] = lambda p: read_histories(p).compute(scheduler="synchronous")
    return readers


def test_a_json_lines_file_named_csv_is_said_to_look_like_one(tmp_path: Path) -> None:
    """A JSON Lines file named ``.csv`` (compact, as pandas' ``to_json`` writes it) breaks
    CSV at its first quoted key: every CSV reader adds that the line looks like JSON Lines
    (it said only "',' expected after '\"'"), and the Dask readers say it as one machine
    does, at the cell (they said "not CSV: ..." at the line)."""
    path = tmp_path / "rows.csv"
    path.write_text('{"account":"acme","url":"https://a.example/1","date":"2024-01-02"}\n')
    said = {k: _outcome(lambda f=f: f(str(path))) for k, f in _json_lines_readers().items()}
    want = f"error: {path}:1:19: $: not valid CSV: ',' expected after '\"'{_files.JSON_LINES_HINT}"
    assert said == dict.fromkeys(said, want)


def test_a_toml_string_never_closed_is_said_in_memory_bounded_by_the_text() -> None:
    """A TOML multi-line string never closed is named at the file's last line without
    splitting the text into lines (a string a line: 2.6 bytes a byte of it, 21 MB for a
    4 MB plan of short lines; the text and tomllib's copy of it are what is left)."""
    import tracemalloc

    text = 'account = "a"\nnote = """\n' + "a\n" * 100_000
    tracemalloc.start()
    try:
        with pytest.raises(InputError) as caught:
            _files.parse_document(text, "p.toml", "toml")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # said where it opens, before tomllib reads it (inputs32): it was said at the last line
    assert str(caught.value).startswith(
        "p.toml:2:8: $: not valid TOML: a multi-line string opened on this line is never closed"
    )
    assert peak < 1.5 * len(text), peak


@settings(max_examples=30, deadline=None)
@given(text=st.text(st.sampled_from("ab\n\r"), max_size=40), line=st.integers(1, 12))
@example(text="a\n" * 70_000, line=69_999)
def test_line_of_is_the_line_split_gives(text: str, line: int) -> None:
    """:func:`ipprules._files.line_of` (no list of lines made) is the line ``split`` gives."""
    lines = text.split("\n")
    assert _files.line_of(text, line) == (lines[line - 1] if line <= len(lines) else "")
