"""Readers' refusals (sweep inputs32): the left-overs of earlier sweeps.

- The command line's size-cap refusal named a Python call (``ipprules.reading_limits``)
  beside ``--max-bytes``: it names the option alone; the Python API keeps its call.
- ``ipprules listings`` and the Dask planner and listings (``--workers``), given another
  command's TOML or JSON document named ``*.csv``, said "no URL column" of its first line:
  they say it looks like such a document, at its first line after comments, as the planner
  on one machine says it.
- Nesting depth was counted differently in JSON and TOML: ``a = [[...]]`` of 64 arrays was
  read where ``{"a": [[...]]}`` was refused (TOML's root table is a level, as JSON's ``{``
  is), and tables of headers and dotted keys were not counted with the arrays under them.
- A TOML multi-line string whose closing quotes are missing was read to the end of the
  file and said there ("Unterminated string", 70,000 lines below): it is refused at its
  opening quotes when it is not closed within 1 MiB, as a CSV record is.
- ``ipprules plan --workers`` said a UTF-16 file with a byte order mark was "not UTF-8 text
  (byte 0xff)"; it says "UTF-16 text (byte order mark)", as every other reader does.
- A calendar's unknown key holding a control character (``"\\u001b[31m"``) was written raw
  in the error's JSON path (an escape sequence reached the terminal), with no line: the
  path is escaped (as a file name is) and quoted as the document readers quote it, at the
  key's line.
- A JSON integer of more than 100 digits was named by its line alone, the line of the first
  run of 101 digits anywhere (a string's digits too): it is named at its line and column,
  strings passed over, as NaN and 1e999 are.
- A TOML key set twice said only tomllib's "Cannot overwrite a value", placed after the
  value: the key is named, at its column.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from _cli import run_cli
from ipprules.errors import InputError

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "plan.toml", "--as-of", "2026-11-23"],
        ["coverage", "portfolio.toml", "--as-of", "2026-12-02"],
        ["good-faith", "history.csv", "--as-of", "2023-03-31"],
        ["penalties", "violations-aliexpress.csv", "--platform", "aliexpress"],
        ["listings", "urls.txt"],
        ["counter-notice", "counter-notice-alibaba.toml"],
    ],
)
def test_the_command_line_names_its_option_for_the_size_cap(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """``--max-bytes 100`` on an example: one line naming the option, not a Python call."""
    path = EXAMPLES / argv[1]
    code, out, err = run_cli([argv[0], str(path), *argv[2:], "--max-bytes", "100"], capsys)
    assert (code, out) == (2, "")
    assert err == (
        f"ipprules: error: {path}: $: file larger than 100 bytes "
        "(the size cap; raise it with --max-bytes)\n"
    )


def test_the_python_api_keeps_naming_reading_limits() -> None:
    """In Python there is no option to give: the context manager is named."""
    import ipprules
    from ipprules.errors import InputError

    with ipprules.reading_limits(max_bytes=100), pytest.raises(InputError) as caught:
        ipprules.read_plan(EXAMPLES / "plan.toml")
    assert str(caught.value).endswith("in Python with ipprules.reading_limits(max_bytes=...))")


_LOOKS = "the file looks like a {} document (another command's file?), not "
_URL_LISTS = "a list of URLs (one a line, a CSV or JSON Lines)"
#: example documents, the line the planner names (its comments skipped) and their kind
_DOCUMENTS = [
    ("plan.toml", 9, "TOML"),
    ("calendar.toml", 4, "TOML"),
    ("planner-account.toml", 1, "TOML"),
    ("lifecycle-counter-notice.json", 1, "JSON"),
]


def _as_csv(tmp_path: Path, example_file: str) -> Path:
    path = tmp_path / (example_file.rsplit(".", 1)[0] + ".csv")
    path.write_bytes((EXAMPLES / example_file).read_bytes())
    return path


@pytest.mark.parametrize(("example_file", "line", "kind"), _DOCUMENTS)
def test_listings_says_a_document_named_csv_looks_like_one(
    example_file: str, line: int, kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``ipprules listings plan.csv`` said "no URL column in the header (columns: # An
    example ...)": it says what the planner says, at the same line."""
    path = _as_csv(tmp_path, example_file)
    said = f"{path}:{line}: $: {_LOOKS.format(kind)}{_URL_LISTS}"
    code, out, err = run_cli(["listings", str(path)], capsys)
    assert (code, out, err) == (
        2,
        "",
        f"ipprules: error: {said}; to read it line by line, give --input lines\n",
    )
    account = str(EXAMPLES / "planner-account.toml")
    code, out, err = run_cli(["plan", str(path), "--account", account], capsys)
    assert (code, out, err) == (
        2,
        "",
        f"ipprules: error: {said}; to read it line by line, give --input lines\n",
    )


def test_listings_keeps_no_url_column_for_a_csv_of_comment_and_header(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A CSV whose header names no URL column is still told so, at the header's line: the
    ``#`` line before it is a comment, skipped as ``plan`` skips it (left21)."""
    path = tmp_path / "pile.csv"
    path.write_text("# exported\nseller,shop\nacme,a\n", encoding="utf-8")
    code, _, err = run_cli(["listings", str(path)], capsys)
    assert (code, err) == (
        2,
        f"ipprules: error: {path}:2: $: no URL column in the header "
        "(columns: seller, shop): no column's name says it holds links (url, link, href, "
        "链接...); if one holds them all the same, name it with --column\n",
    )


@pytest.mark.parametrize(("example_file", "line", "kind"), _DOCUMENTS)
def test_the_dask_readers_say_a_document_named_csv_looks_like_one(
    example_file: str,
    line: int,
    kind: str,
    tmp_path: Path,
    synchronous: None,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``ipprules plan --workers 2 plan.csv`` said "no URL column (named url, link, href,
    链接...) among the columns (# An example ...)", and ``listings --workers`` "no URL
    column in the header": each says the file looks like a document, at the planner's
    line."""
    path = _as_csv(tmp_path, example_file)
    account = str(EXAMPLES / "planner-account.toml")
    argv = ["plan", str(path), "--account", account, "--workers", "1", "--as-of", "2026-11-23"]
    code, out, err = run_cli([*argv, "--out", str(tmp_path / "out")], capsys)
    said = f"{path}:{line}: $: {_LOOKS.format(kind)}"
    assert (code, out, err) == (2, "", f"ipprules: error: {said}a CSV or Parquet file of URLs\n")
    argv = ["listings", str(path), "--workers", "1", "--out", str(tmp_path / "out2")]
    code, out, err = run_cli(argv, capsys)
    hint = "; to read it line by line, rename it (a file not named *.csv is read a URL a line)"
    assert (code, out, err) == (2, "", f"ipprules: error: {said}{_URL_LISTS}{hint}\n")


# ---------------------------------------------------------------- depth: JSON and TOML alike


def _nest(kinds: str) -> tuple[object, str]:
    """A value nested by ``kinds`` (``a`` an array, ``t`` a table keyed ``k``), outermost
    first, around ``1``: as data and as TOML's inline text."""
    data: object = 1
    text = "1"
    for kind in reversed(kinds):
        data, text = ([data], f"[{text}]") if kind == "a" else ({"k": data}, f"{{k = {text}}}")
    return data, text


#: How a value ``x`` is placed under tables: TOML text around it and the data it makes.
_PLACES = {
    "key": ("x = {}\n", lambda v: {"x": v}),
    "header": ("[h]\nx = {}\n", lambda v: {"h": {"x": v}}),
    "dotted header": ("[h.i.j]\nx = {}\n", lambda v: {"h": {"i": {"j": {"x": v}}}}),
    "dotted key": ("h.i.j.x = {}\n", lambda v: {"h": {"i": {"j": {"x": v}}}}),
    "array of tables": ("[[h]]\n[[h.i]]\nx = {}\n", lambda v: {"h": [{"i": [{"x": v}]}]}),
}
_LEVELS = {"key": 1, "header": 2, "dotted header": 4, "dotted key": 4, "array of tables": 5}


@settings(max_examples=40, deadline=None, derandomize=True)
@given(
    kinds=st.text(alphabet="at", min_size=52, max_size=66),
    place=st.sampled_from(sorted(_PLACES)),
)
@example(kinds="a" * 64, place="key")  # a = [[...]] of 64 arrays: 65 levels
@example(kinds="a" * 63, place="key")  # 64 levels: read
@example(kinds="a" * 63, place="header")  # [h] x = 63 arrays: 65 levels
@example(kinds="t" * 61, place="dotted key")
def test_json_and_toml_of_the_same_data_are_refused_alike(kinds: str, place: str) -> None:
    """The same data nested as deep, written as JSON and as TOML, is read by both or
    refused by both in the same words: TOML's root table (which no bracket opens), its
    tables' headers and its dotted keys are levels, as JSON's braces are. ``a = [[...]]``
    of 64 arrays was read where ``{"a": [[...]]}`` was refused."""
    import json

    data, inline = _nest(kinds)
    toml_text, wrap = _PLACES[place]
    toml_text = toml_text.format(inline)
    json_text = json.dumps(wrap(data))
    depth = _LEVELS[place] + len(kinds)  # the root table, the tables above x, then x's
    answers = [
        _answer(text, fmt, wrap(data)) for text, fmt in ((json_text, "json"), (toml_text, "toml"))
    ]
    assert answers == (["refused"] * 2 if depth > 64 else ["read"] * 2), (depth, answers)


def _answer(text: str, fmt: str, data: object) -> str:
    """``read`` (as ``data``) or ``refused`` (too deep, at a line)."""
    from ipprules._files import parse_document

    try:
        read = parse_document(text, f"p.{fmt}", fmt)
    except InputError as exc:
        problem = exc.problems[0]
        return (
            "refused"
            if (problem.message, problem.line is None)
            == (
                "nested deeper than 64 levels",
                False,
            )
            else str(exc)
        )
    return "read" if read.data == data else repr(read.data)[:200]


# ---------------------------------------------------------------- TOML multi-line strings

_PIECE = st.text(alphabet="ab \"'\\#\n[]{}=", max_size=12)


def _basic(text: str) -> str:
    """``text`` as a TOML multi-line basic string."""
    return '"""' + text.replace("\\", "\\\\").replace('"', '\\"') + '"""'


def _literal(text: str) -> str:
    return "'''" + text.replace("'", "") + "'''"


def _one_line(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


@settings(max_examples=50, deadline=None, derandomize=True)
@given(
    values=st.lists(
        st.tuples(st.sampled_from([_basic, _literal, _one_line]), _PIECE, _PIECE),
        min_size=1,
        max_size=6,
    )
)
def test_a_toml_multiline_string_left_open_is_refused_where_it_opens(
    values: list[tuple[object, str, str]],
) -> None:
    """Valid documents of strings of every kind (quotes, comments and brackets in them) are
    read as before; with the last multi-line string's closing quotes removed, the document
    is refused at the line and column of its opening quotes."""
    import tomllib

    from ipprules._files import parse_document

    text = ""
    opened: tuple[int, int, int, str] | None = None  # line, column, end, quotes
    for number, (write, value, note) in enumerate(values):
        key = f"k{number} = "
        written = write(value)  # type: ignore[operator]
        if write is not _one_line:
            at = text.count("\n") + 1, len(key) + 1, len(text) + len(key) + len(written)
            opened = (*at, written[:3])
        comment = note.replace("\n", " ").replace('"', "").replace("'", "")
        text += f"{key}{written} # {comment}\n"
    assert parse_document(text, "p.toml", "toml").data == tomllib.loads(text)
    if opened is None:
        return
    line, column, end, quotes = opened
    assume(quotes not in text[end:])  # else a later string's quotes would close it
    broken = text[: end - 3] + text[end:]  # the last closing quotes taken away
    with pytest.raises(InputError) as caught:
        parse_document(broken, "p.toml", "toml")
    problem = caught.value.problems[0]
    assert problem.message == (
        "not valid TOML: a multi-line string opened on this line is never closed "
        f"(is its closing {quotes} missing?)"
    )
    assert (problem.line, problem.column) == (line, column)


@pytest.mark.parametrize("quote", ['"', "'"])
@pytest.mark.parametrize("own", [1, 2])
@pytest.mark.parametrize("newline", ["", "\n"])
def test_a_multiline_string_ending_in_its_own_quotes_closes_at_the_last_three(
    quote: str, own: int, newline: str
) -> None:
    """TOML lets a multi-line string hold one or two quotes right before its closing three
    (``'''x''''`` is ``x'``). The pre-check closed it at the first three, so the quote left
    over opened a one-line string that swallowed the next value's opening quotes, and a
    valid document was refused ("never closed", found by test_toml_locate's writer)."""
    import tomllib

    from ipprules._files import parse_document

    three, other = quote * 3, '"""' if quote == "'" else "'''"
    text = (
        f"b = [{{ k = {three}{newline}x{quote * own}{three} }}, "
        f"{{ r = {other}{newline}y{other} }}]\nc = {other}z{other}\n"
    )
    assert parse_document(text, "p.toml", "toml").data == tomllib.loads(text)


@pytest.mark.parametrize("quotes", ['"""', "'''"])
def test_a_multiline_string_over_a_record_is_refused_at_its_start(quotes: str) -> None:
    """The record cap holds for a multi-line string, closed or not: 1 MiB is the most one
    may hold. One left open in 4 MB of short lines was said at the file's last line."""
    from ipprules._files import MAX_RECORD, parse_document

    body = ("x" * 70 + "\n") * (MAX_RECORD // 71 + 10)
    for text in (f"a = 1\nb = {quotes}\n{body}", f"a = 1\nb = {quotes}\n{body}{quotes}\n"):
        with pytest.raises(InputError) as caught:
            parse_document(text, "p.toml", "toml")
        problem = caught.value.problems[0]
        assert (problem.line, problem.column) == (2, 5)
        assert problem.message == (
            "not valid TOML: a multi-line string opened on this line is not closed within "
            f"1 MiB, the most one may hold (is its closing {quotes} missing?)"
        )
    short = f"a = 1\nb = {quotes}\n{'x' * 1000}{quotes}\n"
    assert parse_document(short, "p.toml", "toml").data == {"a": 1, "b": "x" * 1000}


def test_the_dask_planner_says_utf16_with_a_byte_order_mark_as_one_machine_does(
    tmp_path: Path, synchronous: None, capsys: pytest.CaptureFixture[str]
) -> None:
    """The header read now (not on a worker) named the byte order mark's first byte."""
    import codecs

    path = tmp_path / "rows.csv"
    rows = "account,url\nacme,https://item.taobao.com/item.htm?id=606832683299\n"
    path.write_bytes(codecs.BOM_UTF16_LE + rows.encode("utf-16-le"))
    said = (
        f"ipprules: error: {path}:1:1: $: UTF-16 text (byte order mark); save the file as UTF-8\n"
    )
    account = str(EXAMPLES / "planner-account.toml")
    for workers in ([], ["--workers", "1", "--out", str(tmp_path / "out")]):
        code, out, err = run_cli(["plan", str(path), "--account", account, *workers], capsys)
        assert (code, out, err) == (2, "", said)


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("cal.json", '{"name": "x",\n "acc\\u0001ount": 1,\n "\\u001b[31m": 2}'),
        ("cal.toml", 'name = "x"\n"acc\\u0001ount" = 1\n"\\u001b[31m" = 2\n'),
    ],
)
def test_a_calendar_key_with_a_control_character_is_escaped_at_its_line(
    name: str, text: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``deadline --calendar`` printed ``$.\\x1b[31m`` with the ESC itself (the terminal
    turned red) and no line."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    argv = ["deadline", "takedown", "--on", "2024-09-27", "--platform", "taobao"]
    code, out, err = run_cli([*argv, "--calendar", str(path)], capsys)
    known = "; known keys: name, weekend, holidays, workdays, day_notes, valid_from, valid_until"
    lines = err.splitlines()
    assert (code, out, len(lines)) == (2, "", 2)
    assert "\x1b" not in err and "\x01" not in err
    assert lines[0].startswith(f"ipprules: error: {path}:2:")
    assert lines[0].endswith(f": $['acc\\x01ount']: unknown key 'acc\\x01ount'{known}")
    assert lines[1].startswith(f"{path}:3:")
    assert lines[1].endswith(": $['\\x1b[31m']: unknown key '\\x1b[31m'")


def test_a_json_integer_too_long_is_named_at_its_column_past_strings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A document and a JSON Lines line alike; the string of digits before it is no number."""
    from ipprules._files import parse_document

    digits = "1" * 150
    text = '{"id": "' + digits + '",\n "as_of": ' + digits + "}"
    with pytest.raises(InputError) as caught:
        parse_document(text, "p.json", "json")
    problem = caught.value.problems[0]
    assert (problem.line, problem.column) == (2, 11)
    assert problem.message == "not valid JSON: a number with more than 100 digits"
    path = tmp_path / "urls.jsonl"
    line = '{"note": "' + digits + '", "url": "https://a.example/1", "n": ' + digits + "}"
    path.write_text(f'{{"url": "https://a.example/2"}}\n{line}\n', encoding="utf-8")
    code, _, err = run_cli(["listings", str(path)], capsys)
    column = line.index(": " + digits) + 3
    assert (code, err) == (
        2,
        f"ipprules: error: {path}:2:{column}: $: not valid JSON: a number with more than 100 "
        "digits\n",
    )


@pytest.mark.parametrize(
    ("text", "line", "column", "key"),
    [
        ("as_of = 2024-01-01\nas_of = 2024-01-02\n", 2, 1, "as_of"),
        ('[account]\nname = "a"\n  name = "b"\n', 3, 3, "name"),
        ("a = 1\na . b = 2\n", 2, 1, "a.b"),
    ],
)
def test_a_toml_key_set_twice_is_named_at_its_column(
    text: str, line: int, column: int, key: str
) -> None:
    """As the JSON reader names a key given twice (it said "Cannot overwrite a value" after
    the value)."""
    from ipprules._files import parse_document

    with pytest.raises(InputError) as caught:
        parse_document(text, "p.toml", "toml")
    problem = caught.value.problems[0]
    assert (problem.line, problem.column, problem.message) == (
        line,
        column,
        f"not valid TOML: the key {key!r} (or a part of it) is set already: Cannot overwrite "
        "a value",
    )
