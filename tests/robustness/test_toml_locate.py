"""Where a JSON path is in a TOML file: the line and column of its key, or of the array
element's first character, whatever the layout (tables, arrays of tables, dotted and quoted
keys, inline tables, multi-line arrays, strings and comments that look like keys).

The property test writes random data as TOML with a serializer of its own that records
where it wrote every key and element, and checks that ``locate`` finds each one there.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipprules._files import Document, _TomlIndex, parse_document
from ipprules.cli import main

Where = tuple[str | int, ...]


def _line_col(text: str, offset: int) -> tuple[int, int]:
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _path_text(path: Where) -> str | None:
    """The JSON path ``locate`` reads, or None when it cannot spell a key (a quote in it)."""
    out = "$"
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        elif re.fullmatch(r"[A-Za-z_][A-Za-z0-9_\-]*", part):
            out += "." + part
        elif "'" in part or "\\" in part:
            return None
        else:
            out += f"['{part}']"
    return out


# ------------------------------------------------------------------ the serializer

_BARE = re.compile(r"[A-Za-z0-9_-]+")
_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
_COMMENTS = ["# kind = 3", "# [[rights]]", '# "', "# '''", "#", "# a.b = [1, {"]


def _basic(text: str, *, multiline: bool = False, spell: bool = False) -> str:
    out = []
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif char == "\n" and multiline:
            out.append(char)
        elif _CONTROL.match(char) or (spell and not char.isalnum()):
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return "".join(out)


class _Writer:
    """Writes a table as TOML with layout choices drawn from Hypothesis, recording the
    offset of every key (a table's own header, else its first mention) and element."""

    def __init__(self, draw: Callable[[st.SearchStrategy[Any]], Any]) -> None:
        self.draw = draw
        self.out: list[str] = []
        self.size = 0
        self.at: dict[Where, int] = {}
        self.newline = draw(st.sampled_from(["\n", "\r\n"]))

    def pick(self, *options: Any) -> Any:
        return self.draw(st.sampled_from(options))

    def flag(self) -> bool:
        return bool(self.draw(st.booleans()))

    def emit(self, text: str) -> None:
        self.out.append(text)
        self.size += len(text)

    def ws(self) -> None:
        self.emit(self.pick("", " ", "  ", "\t"))

    def mark(self, path: Where, *, own: bool = True) -> None:
        if own:
            self.at[path] = self.size
        else:
            self.at.setdefault(path, self.size)

    def end_line(self) -> None:
        if self.flag():
            self.emit(" " + self.pick(*_COMMENTS))
        self.emit(self.newline)
        if self.flag():
            self.emit(self.pick("", "  ") + self.pick(*_COMMENTS, "") + self.newline)

    def key(self, name: str) -> None:
        forms = [_basic(name), _basic(name, spell=True)]
        forms = [f'"{form}"' for form in forms]
        if _BARE.fullmatch(name):
            forms.append(name)
        if "'" not in name and not _CONTROL.search(name):
            forms.append(f"'{name}'")
        self.emit(self.pick(*forms))

    def dotted(self, path: Where, names: list[str], *, last_own: bool = True) -> None:
        for n, name in enumerate(names):
            if n:
                self.ws()
                self.emit(".")
                self.ws()
            last = n == len(names) - 1
            self.mark((*path, *names[: n + 1]), own=last and last_own)
            self.key(name)

    # values -----------------------------------------------------------------------

    def scalar(self, value: Any) -> None:
        if isinstance(value, bool):
            self.emit("true" if value else "false")
        elif isinstance(value, int):
            self.emit(str(value))
        elif isinstance(value, dt.datetime):
            self.emit(value.isoformat(sep=self.pick(" ", "T")))
        elif isinstance(value, dt.date):
            self.emit(value.isoformat())
        else:
            self.string(value)

    def string(self, value: str) -> None:
        forms = [f'"{_basic(value)}"', f'"""{self.newline}{_basic(value, multiline=True)}"""']
        tail = len(value) - len(value.rstrip('"'))
        if tail > 0:  # up to two quotes of its own before the closing three
            raw = min(tail, 2)
            head = _basic(value[: len(value) - raw], multiline=True)
            forms.append(f'"""{self.newline}{head}{chr(34) * raw}"""')
        if "'" not in value and not _CONTROL.search(value):
            forms.append(f"'{value}'")
        if "'''" not in value and not _CONTROL.search(value.replace("\n", "")):
            forms.append(f"'''{self.newline}{value}'''")
        self.emit(self.pick(*forms))

    def value(self, path: Where, value: Any) -> None:
        if isinstance(value, dict):
            self.inline_table(path, value)
        elif isinstance(value, list):
            self.array(path, value)
        else:
            self.scalar(value)

    def array(self, path: Where, items: list[Any]) -> None:
        lines = self.flag()
        self.emit("[")
        for i, item in enumerate(items):
            if lines:
                self.end_line() if self.flag() else self.emit(self.newline)
                self.emit(self.pick("", "  ", "\t"))
            elif i:
                self.ws()
            self.mark((*path, i))
            self.value((*path, i), item)
            if i < len(items) - 1 or (lines and self.flag()):
                self.ws()
                self.emit(",")
        if lines:
            self.emit(self.newline)
        self.ws()
        self.emit("]")

    def pairs(self, names: list[str], value: Any) -> list[tuple[list[str], Any]]:
        """``key = value`` assignments for ``value``: one, or dotted keys for a table."""
        if isinstance(value, dict) and value and self.flag():
            return [
                (names + more, leaf)
                for key, item in value.items()
                for more, leaf in self.pairs([key], item)
            ]
        return [(names, value)]

    def assign(self, path: Where, names: list[str], value: Any) -> None:
        self.dotted(path, names)
        self.ws()
        self.emit("=")
        self.ws()
        self.value((*path, *names), value)

    def inline_table(self, path: Where, table: dict[str, Any]) -> None:
        self.emit("{")
        self.ws()
        first = True
        for key, item in table.items():
            for names, leaf in self.pairs([key], item):
                if not first:
                    self.ws()
                    self.emit(",")
                    self.ws()
                first = False
                self.assign(path, names, leaf)
        self.ws()
        self.emit("}")

    # tables -------------------------------------------------------------------------

    def header(self, path: Where, *, element: int | None = None) -> None:
        self.emit(self.pick("", "  "))
        if element is not None:
            self.mark((*path, element))
        self.emit("[[" if element is not None else "[")
        self.ws()
        names = [j for j, part in enumerate(path) if isinstance(part, str)]
        for n, j in enumerate(names):
            if n:
                self.ws()
                self.emit(".")
                self.ws()
            self.mark(path[: j + 1], own=n == len(names) - 1 and element is None)
            self.key(str(path[j]))
        self.ws()
        self.emit("]]" if element is not None else "]")
        self.end_line()

    def split(self, table: dict[str, Any]) -> tuple[list[str], list[str]]:
        body: list[str] = []
        later: list[str] = []
        for key, item in table.items():
            many = isinstance(item, list) and item and all(isinstance(i, dict) for i in item)
            (later if (isinstance(item, dict) or many) and self.flag() else body).append(key)
        return body, later

    def body(self, path: Where, table: dict[str, Any], keys: list[str]) -> None:
        for key in keys:
            for names, leaf in self.pairs([key], table[key]):
                self.emit(self.pick("", "  ", "\t"))
                self.assign(path, names, leaf)
                self.end_line()

    def section(self, path: Where, value: Any) -> None:
        if isinstance(value, list):  # an array of tables
            for i, item in enumerate(value):
                self.header(path, element=i)
                self.table((*path, i), item)
            return
        body, later = self.split(value)
        order = self.pick("first", "after", *(["none"] if later and not body else []))
        if order == "after":  # a table defined after its sub-tables
            self.sections(path, value, later)
        if order != "none":
            self.header(path)
            self.body(path, value, body)
        if order != "after":
            self.sections(path, value, later)

    def sections(self, path: Where, table: dict[str, Any], keys: list[str]) -> None:
        for key in keys:
            self.section((*path, key), table[key])

    def table(self, path: Where, table: dict[str, Any]) -> None:
        body, later = self.split(table)
        self.body(path, table, body)
        self.sections(path, table, later)


_FRAGMENTS = [
    "a", "kind = 3", "[[rights]]", "[a.b]", "#", " ", "=", "'", '"', "'''", '"""', "\\",
    "\n", "{", "}", ",", ".", "é", "\t", "x = [1,",
]  # fmt: skip
_KEYS = st.one_of(
    st.sampled_from(["kind", "documents", "rights", "a", "b", "a-b", "1", "01", "_x"]),
    st.sampled_from(["a.b", "a b", "kind = 3", "'q'", '"dq"', "#c", "[x]", "é", "", "\\"]),
)
_STRINGS = st.lists(st.sampled_from(_FRAGMENTS), max_size=6).map("".join)
_SCALARS = st.one_of(
    st.integers(-(10**6), 10**6),
    st.booleans(),
    _STRINGS,
    st.dates(),
    st.datetimes(min_value=dt.datetime(1000, 1, 1)),
)


def _nested(children: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(
        st.lists(children, max_size=3),
        st.dictionaries(_KEYS, children, max_size=3),
        st.lists(st.dictionaries(_KEYS, children, max_size=3), min_size=1, max_size=3),
    )


_DATA = st.dictionaries(_KEYS, st.recursive(_SCALARS, _nested, max_leaves=12), max_size=5)


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=_DATA, draw=st.data())
def test_every_key_and_element_is_located_where_it_was_written(
    data: dict[str, Any], draw: st.DataObject
) -> None:
    writer = _Writer(draw.draw)
    writer.table((), data)
    text = "".join(writer.out)
    assert tomllib.loads(text) == data, text
    doc = parse_document(text, "t.toml", "toml")
    index = _TomlIndex(text)
    for path, offset in writer.at.items():
        expected = _line_col(text, offset)
        assert index.position(list(path)) == expected, (path, text)
        spelled = _path_text(path)
        if spelled is not None:
            assert doc.locate(spelled) == expected, (spelled, text)
            assert doc.locate(spelled + ".not_there[3]") == expected


# -------------------------------------------------------------- the cases in words


def _doc(text: str) -> Any:
    return parse_document(text, "t.toml", "toml")


def test_an_element_of_a_multi_line_array_of_inline_tables() -> None:
    doc = _doc('documents = [\n  { kind = "a" },\n  { kind = 3 },\n]\n')
    assert doc.locate("$.documents[1].kind") == (3, 5)
    assert doc.locate("$.documents[1]") == (3, 3)
    assert doc.locate("$.documents[0].kind") == (2, 5)
    assert doc.locate("$.documents") == (1, 1)


def test_dotted_and_quoted_keys() -> None:
    doc = _doc('account.name = "x"\n[limits]\n  per.max = 3\n"a.b" = 1\n\'lit\' = 2\n')
    assert doc.locate("$.account.name") == (1, 9)
    assert doc.locate("$.account") == (1, 1)
    assert doc.locate("$.limits.per.max") == (3, 7)
    assert doc.locate("$.limits['a.b']") == (4, 1)
    assert doc.locate("$.limits.lit") == (5, 1)


def test_keys_inside_an_inline_table_and_its_arrays() -> None:
    doc = _doc('account = { name = "x", documents = [\n  "a",\n  { kind = 3 },\n] }\n')
    assert doc.locate("$.account.name") == (1, 13)
    assert doc.locate("$.account.documents") == (1, 25)
    assert doc.locate("$.account.documents[1].kind") == (3, 5)


def test_nested_arrays_of_tables_and_a_table_after_its_sub_tables() -> None:
    text = (
        '[[rights]]\nid = "r1"\n[[rights.documents]]\nkind = "a"\n'
        '[[rights]]\nid = "r2"\n[[ rights . documents ]]\nkind = "b"\n'
        "[[rights.documents]]\nkind = 3\n"
        "[a.b]\nx = 1\n[ a ]\ny = 2\n"
    )
    doc = _doc(text)
    assert doc.locate("$.rights[1].documents[1].kind") == (10, 1)
    assert doc.locate("$.rights[1].documents[1]") == (9, 1)
    assert doc.locate("$.rights[1].documents") == (7, 13)
    assert doc.locate("$.rights[0].documents[0].kind") == (4, 1)
    assert doc.locate("$.rights[1].id") == (6, 1)
    assert doc.locate("$.a") == (13, 3)  # its own header, not its sub-table's
    assert doc.locate("$.a.b.x") == (12, 1)
    assert doc.locate("$.a.y") == (14, 1)


def test_keys_in_comments_and_multi_line_strings_are_not_keys() -> None:
    text = (
        '# kind = 3\nnote = """\nkind = 3\n[[rights]]\n"""\n'
        "other = '''\nkind = 4'''\n[[rights]]\n# kind = 5\nkind = 3\n"
    )
    doc = _doc(text)
    assert doc.locate("$.rights[0].kind") == (10, 1)
    assert doc.locate("$.rights[0]") == (8, 1)
    assert doc.locate("$.note") == (2, 1)


def test_multi_line_strings_that_end_with_quotes_of_their_own() -> None:
    text = 'a = """x"""""\nb = \'\'\'y\'\'\'\'\'\nc = ["""\n""""", \'\'\'\'\'\']\nd = 1\n'
    assert tomllib.loads(text) == {"a": 'x""', "b": "y''", "c": ['""', ""], "d": 1}
    doc = _doc(text)
    assert [doc.locate(f"$.{key}") for key in "abcd"] == [(1, 1), (2, 1), (3, 1), (5, 1)]
    assert doc.locate("$.c[1]") == (4, 8)


def test_the_index_is_built_once() -> None:
    doc = _doc("a = [1, 2]\n")
    assert doc.locate("$.a[1]") == (1, 9)
    index = doc._toml_index
    assert index is not None
    assert doc.locate("$.a[0]") == (1, 6)
    assert doc._toml_index is index
    assert doc == _doc("a = [1, 2]\n")  # the index is no part of the value


def test_text_tomllib_would_refuse_is_located_as_far_as_it_reads() -> None:
    for text in ("a = 1\nb = [1, }\nc = 2\n", "a = 1\n[b\n", "a = \n", 'a = "x\n', "a = [1,"):
        doc = Document(name="t.toml", text=text, data={}, format="toml")
        assert doc.locate("$.a") == (1, 1)
        assert doc.locate("$.c") is None


def test_the_cli_names_the_line_of_a_value_in_an_inline_table_in_a_multi_line_array(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "plan.toml"
    plan.write_text(
        "as_of = 2026-11-23\n"
        "# ipr_type = 3\n"
        "rights = [\n"
        '  { id = "tm", ipr_type = "trademark" },\n'
        '  { id = "r2", ipr_type = 3 },\n'
        "]\n\n"
        '[account]\nname = "Acme"\nlocation = "elsewhere"\nidentity = "enterprise"\n\n'
        '[[complaints]]\nid = "c1"\nplatform = "taobao"\nright = "tm"\n'
        'reason = "tm_counterfeit"\n',
        encoding="utf-8",
    )
    assert main(["check", str(plan)]) == 2
    err = capsys.readouterr().err
    assert f"{plan}:5:16: $.rights[1].ipr_type: expected one of" in err
    assert "Traceback" not in err
