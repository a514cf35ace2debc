"""The reading layer: regular files and stdin only, a size cap, strict UTF-8, CSV, depth."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import sys
import threading
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import ipprules._files as files_module
from ipprules._files import (
    MAX_DEPTH,
    byte_cap,
    iter_csv,
    iter_lines,
    open_input,
    read_document,
    read_input,
    read_text,
    reading_limits,
)
from ipprules.errors import InputError, RuleDataError


def _no_block(call, *args, **kwargs):
    """Run ``call`` in a thread; fail (instead of hanging the suite) if it blocks."""
    outcome: dict[str, BaseException | object] = {}

    def target() -> None:
        try:
            outcome["value"] = call(*args, **kwargs)
        except BaseException as exc:
            outcome["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(5)
    assert not thread.is_alive(), f"{call.__name__} blocked"
    return outcome


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize("reader", [open_input, read_document, iter_lines, iter_csv])
def test_fifo_is_refused_at_once(tmp_path: Path, reader) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    outcome = _no_block(
        lambda: list(reader(fifo)) if reader in (iter_lines, iter_csv) else reader(fifo)
    )
    error = outcome.get("error")
    assert isinstance(error, InputError)
    assert "FIFO" in str(error) and str(fifo) in str(error)


@pytest.mark.parametrize(
    ("path", "kind"), [("/dev/zero", "character device"), ("/dev/null", "character device")]
)
def test_devices_are_refused(path: str, kind: str) -> None:
    if not Path(path).exists():
        pytest.skip(f"no {path}")
    with pytest.raises(InputError, match=kind) as info:
        read_input(path)
    assert info.value.file == path


def test_directory_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="a directory"):
        read_text(tmp_path)
    with pytest.raises(InputError, match="cannot read the file") as info:
        read_text(tmp_path / "absent.txt")
    assert info.value.file == str(tmp_path / "absent.txt")
    with pytest.raises(InputError, match="empty path"):
        read_text("")


@pytest.mark.parametrize("junk", [3, None, 1.5, ["a"], b"x", object()])
def test_wrong_type_of_path_is_a_type_error(junk: object) -> None:
    with pytest.raises(TypeError, match="path must be"):
        open_input(junk)  # type: ignore[arg-type]


def test_size_cap_on_files_and_streams(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 5000)
    with pytest.raises(InputError, match="larger than 4 KiB") as info:
        read_input(big, max_bytes=4096)
    assert info.value.file == str(big)
    assert read_input(big, max_bytes=5000) == b"x" * 5000
    with reading_limits(max_bytes=100), pytest.raises(InputError, match="larger than 100 bytes"):
        read_input(big)
    assert byte_cap() == 64 * 1024 * 1024

    class Endless(io.RawIOBase):
        """A /dev/zero-like stream that never ends."""

        def readable(self) -> bool:
            return True

        def readinto(self, buffer) -> int:
            buffer[:] = b"\0" * len(buffer)
            return len(buffer)

    with pytest.raises(InputError, match="larger than 1 MiB"):
        read_input(Endless(), max_bytes=1024 * 1024)
    with pytest.raises(InputError, match="larger than"):
        list(iter_lines(Endless(), max_bytes=1024 * 1024, max_line=4 * 1024 * 1024))


@pytest.mark.parametrize("bad", [0, -1])
def test_cap_must_be_positive(bad: int) -> None:
    with pytest.raises(InputError, match="at least 1"):
        byte_cap(bad)
    with pytest.raises(TypeError):
        byte_cap("64M")  # type: ignore[arg-type]


def test_stdin_is_read_under_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"a\nb\n")))
    assert list(iter_lines("-")) == [(1, "a"), (2, "b")]
    monkeypatch.setattr(sys, "stdin", io.StringIO("x" * 100))
    with pytest.raises(InputError, match=r"<stdin>: .*larger than 10 bytes"):
        read_input("-", max_bytes=10)


lines_text = st.lists(
    st.text(
        st.characters(blacklist_characters="\n\r\0", blacklist_categories=("Cs",)), max_size=20
    ),
    min_size=1,
    max_size=20,
)


#: Block sizes for the reader: tiny ones put block edges inside lines and characters.
chunks = st.sampled_from([1, 2, 3, 7, 64, 256 * 1024])


@settings(max_examples=80, deadline=None)
@given(lines=lines_text, crlf=st.booleans(), bom=st.booleans(), last=st.booleans(), chunk=chunks)
def test_lines_round_trip(
    tmp_path_factory, lines: list[str], crlf: bool, bom: bool, last: bool, chunk: int
) -> None:
    path = tmp_path_factory.mktemp("lines") / "in.txt"
    end = "\r\n" if crlf else "\n"
    body = end.join(lines) + (end if last else "")
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + body.encode())
    expected = list(enumerate(lines, start=1))
    if not last and lines[-1] == "":
        expected.pop()  # no final line ending: an empty last line is no line
    with mock.patch.object(files_module, "_CHUNK", chunk):
        assert list(iter_lines(path)) == expected
        kept = [text for _, text in iter_lines(path, keep_ends=True)]
    assert "".join(kept) == body


@settings(max_examples=60, deadline=None)
@given(lines=lines_text, data=st.data())
def test_bad_byte_is_located(tmp_path_factory, lines: list[str], data) -> None:
    line = data.draw(st.integers(0, len(lines) - 1))
    column = data.draw(st.integers(0, len(lines[line])))
    bad = data.draw(st.sampled_from([b"\xff", b"\xc3", b"\x80", b"\xed\xa0\x80"]))
    raw = [text.encode() for text in lines]
    target = lines[line]
    raw[line] = target[:column].encode() + bad + target[column:].encode()
    path = tmp_path_factory.mktemp("bad") / "in.txt"
    blob = b"\n".join(raw) + b"\n"
    path.write_bytes(blob)
    chunk = data.draw(chunks)
    for reader in (lambda: list(iter_lines(path)), lambda: read_text(path)):
        with (
            mock.patch.object(files_module, "_CHUNK", chunk),
            pytest.raises(InputError, match="not UTF-8") as info,
        ):
            reader()
        assert (info.value.line, info.value.column) == (line + 1, column + 1)


@pytest.mark.parametrize(
    ("blob", "message", "where"),
    [
        ("hi\n".encode("utf-16"), "UTF-16", (1, 1)),
        (b"ok\nnul\0here\n", "NUL byte", (2, 4)),
    ],
)
def test_utf16_and_nul(tmp_path: Path, blob: bytes, message: str, where) -> None:
    path = tmp_path / "in.txt"
    path.write_bytes(blob)
    for reader in (lambda: list(iter_lines(path)), lambda: read_text(path)):
        with pytest.raises(InputError, match=message) as info:
            reader()
        assert (info.value.line, info.value.column) == where


def test_line_cap(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_bytes(b"short\n" + b"y" * 2000 + b"\nend\n")
    for chunk in (3, 100, 256 * 1024):
        with (
            mock.patch.object(files_module, "_CHUNK", chunk),
            pytest.raises(InputError, match="line longer than") as info,
        ):
            list(iter_lines(path, max_line=1000))
        assert info.value.line == 2
    assert [n for n, _ in iter_lines(path, max_line=2000)] == [1, 2, 3]


cells = st.text(
    st.characters(blacklist_characters="\0\r", blacklist_categories=("Cs",)), max_size=12
)


@settings(max_examples=80, deadline=None)
@given(rows=st.lists(st.lists(cells, min_size=1, max_size=4), min_size=1, max_size=12))
def test_csv_round_trip_with_line_numbers(tmp_path_factory, rows: list[list[str]]) -> None:
    rows = [row for row in rows if row != [""]]  # a lone empty cell is written as a blank line
    if rows and rows[0][0].startswith("\ufeff"):  # a leading U+FEFF is a byte-order mark
        rows[0][0] = "x" + rows[0][0]
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    text = buffer.getvalue()
    path = tmp_path_factory.mktemp("csv") / "in.csv"
    path.write_text(text, encoding="utf-8")
    with mock.patch.object(files_module, "_CHUNK", 5):
        assert list(iter_csv(path)) == list(iter_csv(path, max_bytes=10**9))
    got = list(iter_csv(path))
    assert [row for _, row in got] == rows
    # each record starts on the line after the newlines of the records before it
    expected, line = [], 1
    for row in rows:
        expected.append(line)
        one = io.StringIO()
        csv.writer(one, lineterminator="\n").writerow(row)
        line += one.getvalue().count("\n")
    assert [n for n, _ in got] == expected


def test_csv_big_cell_and_bad_quote(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text("a,b\n1," + "x" * 300_000 + "\n", encoding="utf-8")
    rows = list(iter_csv(path))
    assert rows[1][0] == 2 and len(rows[1][1][1]) == 300_000
    path.write_text('a,b\n1,"open\n2,x\n', encoding="utf-8")
    with pytest.raises(InputError, match="not valid CSV") as info:
        list(iter_csv(path))
    assert info.value.file == str(path)
    path.write_text('a,b\n1,x"y"z\n', encoding="utf-8")
    assert list(iter_csv(path))[1] == (2, ["1", 'x"y"z'])
    path.write_text('a,b\n1,"x"y\n', encoding="utf-8")
    with pytest.raises(InputError, match="not valid CSV") as info:
        list(iter_csv(path))
    assert info.value.line == 2


@pytest.mark.parametrize("fmt", ["json", "toml"])
@pytest.mark.parametrize("depth", [MAX_DEPTH + 1, 500, 100_000])
def test_deep_nesting_is_refused_before_parsing(tmp_path: Path, fmt: str, depth: int) -> None:
    path = tmp_path / f"deep.{fmt}"
    body = "[" * depth + "]" * depth
    path.write_text(body if fmt == "json" else f"a = {body}\n", encoding="utf-8")
    with pytest.raises(InputError, match="nested deeper than") as info:
        read_document(path)
    assert info.value.file == str(path)


@pytest.mark.parametrize("fmt", ["json", "toml"])
def test_nesting_up_to_the_cap_is_read(tmp_path: Path, fmt: str) -> None:
    path = tmp_path / f"ok.{fmt}"
    depth = MAX_DEPTH - 1  # the TOML key is one level more
    body = '{"k": ' * depth + "1" + "}" * depth
    if fmt == "toml":
        body = "a = " + body.replace('"k": ', "k = ") + "\n"
    path.write_text(body, encoding="utf-8")
    data = read_document(path).data
    for _ in range(depth + (fmt == "toml")):
        data = next(iter(data.values()))
    assert data == 1


def test_brackets_in_strings_and_comments_do_not_count(tmp_path: Path) -> None:
    text = json.dumps({"s": "[" * 1000, "t": ["]" * 1000]})
    path = tmp_path / "s.json"
    path.write_text(text, encoding="utf-8")
    assert read_document(path).data["s"] == "[" * 1000
    toml = tmp_path / "s.toml"
    toml.write_text(
        "# " + "[" * 200 + "\na = '" + "{" * 200 + '\'\nb = """\n' + "[" * 200 + '"""\n',
        encoding="utf-8",
    )
    assert read_document(toml).data["a"] == "{" * 200


def test_deep_dotted_toml_keys(tmp_path: Path) -> None:
    path = tmp_path / "dots.toml"
    path.write_text("a" + ".a" * 3000 + " = 1\n", encoding="utf-8")
    with pytest.raises(InputError, match="nested deeper"):
        read_document(path)
    path.write_text("version = 1.5\n[a.b.c]\nx = 2\n", encoding="utf-8")
    assert read_document(path).data["a"]["b"]["c"] == {"x": 2}


@pytest.mark.parametrize("value", ["nan", "inf", "-inf", "+nan"])
def test_toml_nan_and_infinity_refused(tmp_path: Path, value: str) -> None:
    path = tmp_path / "n.toml"
    path.write_text(f"x = {value}\n", encoding="utf-8")
    with pytest.raises(InputError, match="not allowed"):
        read_document(path)


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity"])
def test_json_nan_and_infinity_refused(tmp_path: Path, value: str) -> None:
    path = tmp_path / "n.json"
    path.write_text(f'{{"x": {value}}}', encoding="utf-8")
    with pytest.raises(InputError, match="not allowed"):
        read_document(path)


def test_error_class_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "o.json"
    path.write_bytes(b'{"a": "\xff"}')
    with pytest.raises(RuleDataError, match="not UTF-8"):
        read_document(path, error=RuleDataError)


def test_document_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("x = 1\n"))
    assert read_document("-", fmt="toml").data == {"x": 1}


@pytest.mark.parametrize(
    ("text", "fmt", "data"),
    [
        ('{"a": 1}', "json", {"a": 1}),
        ("[1, 2]", "json", [1, 2]),
        ('["a", "b"]', "json", ["a", "b"]),
        ("[]", "json", []),
        ("[account]\nname = 'x'\n", "toml", {"account": {"name": "x"}}),
        ('["quoted key"]\nx = 1\n', "toml", {"quoted key": {"x": 1}}),
        ("# a plan\nas_of = 2026-11-23\n", "toml", {"as_of": dt.date(2026, 11, 23)}),
    ],
)
def test_a_document_on_stdin_is_json_or_toml_by_its_text(
    monkeypatch: pytest.MonkeyPatch, text: str, fmt: str, data: object
) -> None:
    """stdin has no suffix to tell: a TOML plan piped to ``check -`` was read as JSON
    ("not valid JSON: Expecting value")."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))
    doc = read_document("-")
    assert (doc.format, doc.data) == (fmt, data)
    monkeypatch.setattr(sys, "stdin", io.StringIO("[1, 2"))  # neither, JSON-like: JSON's error
    with pytest.raises(InputError, match="not valid JSON"):
        read_document("-")
    # neither, a TOML key first: TOML's error at its column, as in a .toml file (gfstdin)
    monkeypatch.setattr(sys, "stdin", io.StringIO("not = [valid"))
    with pytest.raises(InputError, match=r"<stdin>:1:8: .*not valid TOML"):
        read_document("-")


@pytest.mark.parametrize(
    ("fmt", "text"),
    [
        ("toml", 'name = "' + "x" * 1_000_000 + '"\n'),
        ("toml", 'name = """' + "x\n" * 500_000 + '"""\n'),
        ("json", '{"a": "' + "x" * 1_000_000 + '", "b": ' + "[" * 70 + "]" * 70 + "}"),
    ],
)
def test_the_depth_check_reads_long_strings_in_flat_memory(fmt: str, text: str) -> None:
    """The nesting pre-check skips strings without a backtracking entry per character: a
    long string cost about 150 bytes of memory per character (a 20 MB string, 2.4 GB)."""
    import tracemalloc

    from ipprules._files import _too_deep

    tracemalloc.start()
    try:
        _too_deep(text, fmt)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < len(text)  # the text itself is not copied, let alone 150 times


_PIECES = ['"', "'", "\\", "\n", "[", "]", "{", "}", "#", "a", '"""', "'" * 3]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES)))
def test_the_string_skipping_patterns_match_their_plain_forms(parts: list[str]) -> None:
    """The possessive patterns remove exactly what the plain (per-character) forms remove
    (a string that does not end is read to where it stops: inputs26)."""
    import re

    from ipprules._files import _JSON_SKIP, _TOML_SKIP

    plain_json = re.compile(r'"(?:[^"\\]|\\.)*"?|[^\[\]{}"]+')
    plain_toml = re.compile(
        r'"""(?:(?:[^\\]|\\.)*?"""|(?:[^\\]|\\.)*)|\'\'\'.*?\'\'\'|"(?:[^"\\\n]|\\.)*"?'
        r"|\'[^\'\n]*\'|#[^\n]*"
        r"|[^\[\]{}\"'#]+",
        re.DOTALL,
    )
    text = "".join(parts)
    assert _JSON_SKIP.sub("", text) == plain_json.sub("", text)
    assert _TOML_SKIP.sub("", text) == plain_toml.sub("", text)


def test_a_missing_key_is_located_at_the_object_that_lacks_it(tmp_path: Path) -> None:
    """A required key left out has no position of its own: the error names the line of the
    nearest enclosing value (it named none in JSON)."""
    from ipprules import load_rulebook

    path = tmp_path / "mk.json"
    path.write_text(
        '{"name": "T", "sources": [{"id": "U1", "title": "u", "kind": "user"}],\n'
        ' "channels": [\n'
        '  {"id": "portal", "name": "p", "effective_from": "2015-01-06",\n'
        '   "sources": ["U1"], "confidence": "user"}]}\n'
    )
    with pytest.raises(RuleDataError) as caught:
        load_rulebook(path)
    (problem,) = caught.value.problems
    assert (problem.path, problem.line) == ("$.channels[0].max_listings", 3)
    doc = files_module.parse_document(path.read_text(), "mk.json", "json")
    assert doc.locate("$.channels[0].nope.deeper") == doc.locate("$.channels[0]") == (3, 3)
    assert doc.locate("$") == (1, 1)


@settings(max_examples=20, deadline=None)
@given(cap=st.integers(min_value=2**31, max_value=10**60))
def test_a_huge_size_cap_is_no_overflow(cap: int) -> None:
    """Before: ``read_violations(path, max_bytes=10**40)`` raised OverflowError from
    :func:`csv.field_size_limit` (a C long)."""
    from ipprules.penalties import read_violations

    examples = Path(__file__).resolve().parents[2] / "examples"
    assert read_violations(examples / "violations-aliexpress.csv", max_bytes=cap)
    assert list(iter_csv(examples / "planner-urls.csv", max_bytes=cap))


def test_a_csv_quote_never_closed_is_named_on_its_line(tmp_path: Path) -> None:
    """``ipprules penalties``: the error named line 4 (the end of the file), not line 2."""
    from ipprules.penalties import read_violations

    path = tmp_path / "v.csv"
    path.write_text('date,kind\n"2024-01-08,general\n2024-01-09,general\n2024-01-10,general\n')
    # and the column where the quoted cell opens (#left8: a line but no column before)
    with pytest.raises(InputError, match=r"v\.csv:2:1: \$: not valid CSV: .*quote opened on this"):
        read_violations(path)
