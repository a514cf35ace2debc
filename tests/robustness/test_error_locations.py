"""Error locations, sweep 9: every reader's error names the line and column where the bad value
starts in the file, and a JSON path the user can follow there.

Each test writes a file, reads the message back and checks the position by slicing the file's
text. A CSV cell's column is the character where the cell starts (its opening quote, when it
is quoted), 1-based as an editor counts it: a byte-order mark is no character, a multi-line
quoted cell moves the cells after it to a later line. Each test here failed before the fix it
pins.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipprules.errors import InputError, Problem

TB = "https://item.taobao.com/item.htm?id=606832683299"

#: Cell text: quotes, delimiters, line breaks, non-ASCII, separators other programs split at
#: (a carriage return alone, NUL and U+FEFF are left out: refused or read as file structure).
CELLS = st.text(
    alphabet=st.characters(
        exclude_categories=("Cs",), exclude_characters="\0\r\ufeff", max_codepoint=0x2FFFF
    )
    | st.sampled_from(['"', ",", ";", "\t", "\n", " ", "é", "链", "\u2028", "\x85"]),
    max_size=12,
)
#: Many cells to a file: fewer examples than the default, each a file read through a reader.
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


class Csv:
    """A CSV file written cell by cell, with where each cell starts (line, column)."""

    def __init__(self, delimiter: str = ",", *, bom: bool = False, crlf: bool = False) -> None:
        self.delimiter = delimiter
        self.end = "\r\n" if crlf else "\n"
        self.parts: list[str] = ["\ufeff"] if bom else []
        self.places: list[list[tuple[int, int]]] = []
        self.written: list[list[str]] = []
        self.line, self.column = 1, 1

    def row(self, cells: Sequence[str], quoted: Sequence[bool] = ()) -> Csv:
        places, written = [], []
        for i, cell in enumerate(cells):
            if i:
                self.parts.append(self.delimiter)
                self.column += 1
            places.append((self.line, self.column))
            must = any(c in cell for c in ('"', self.delimiter, "\n", "\r"))
            chosen = i < len(quoted) and quoted[i]  # quoted without need
            text = '"' + cell.replace('"', '""') + '"' if must or chosen else cell
            written.append(text)
            self.parts.append(text)
            *before, last = text.split("\n")
            self.line += len(before)
            self.column = len(last) + 1 if before else self.column + len(text)
        self.parts.append(self.end)
        self.line, self.column = self.line + 1, 1
        self.places.append(places)
        self.written.append(written)
        return self

    def save(self, path: Path) -> Path:
        path.write_bytes("".join(self.parts).encode("utf-8"))
        return path


def at(path: Path, line: int | None, column: int | None) -> str:
    """The file's text from (line, column) to the end of that line (lines end at LF only)."""
    assert line is not None and column is not None, "no position"
    text = path.read_bytes().decode("utf-8").removeprefix("\ufeff")
    return text.split("\n")[line - 1][column - 1 :]


def only(exc: pytest.ExceptionInfo[InputError]) -> Problem:
    (problem,) = exc.value.problems
    return problem


def check_cell(path: Path, problem: Problem, csv: Csv, row: int, index: int) -> None:
    """The problem is at the start of cell ``index`` of row ``row``: as written, and in the
    file's text."""
    assert (problem.line, problem.column) == csv.places[row][index], problem
    first_line = csv.written[row][index].split("\n")[0]
    assert at(path, problem.line, problem.column).startswith(first_line)


# ----------------------------------------------------------------- the planner's CSV


@SETTINGS
@given(
    data=st.data(),
    delimiter=st.sampled_from([",", ";", "\t"]),
    bom=st.booleans(),
    crlf=st.booleans(),
)
def test_a_bad_planner_cell_is_named_at_its_first_character(
    tmp_path_factory: pytest.TempPathFactory,
    data: st.DataObject,
    delimiter: str,
    bom: bool,
    crlf: bool,
) -> None:
    """The planner named a cell by its number (``:2:3: $.confidence`` for the third cell,
    which started at character 65): the column is now the cell's first character, after
    quoted cells holding delimiters, quotes and line breaks."""
    from ipprules.planner import read_lines

    rng = random.Random(data.draw(st.integers(0, 2**32)))
    header = ["url", "confidence", "notes", "title"]
    rng.shuffle(header)
    quote = st.lists(st.booleans(), min_size=4, max_size=4)
    csv = Csv(delimiter, bom=bom, crlf=crlf).row(header, data.draw(quote))
    good = {"url": TB, "confidence": "0.5", "title": "x"}
    for _ in range(data.draw(st.integers(0, 2))):
        csv.row([good.get(h) or data.draw(CELLS) for h in header], data.draw(quote))
    bad = data.draw(st.sampled_from(["2", "x", "1/0", " -1 "]))
    cells = {"url": TB, "confidence": bad, "notes": data.draw(CELLS), "title": data.draw(CELLS)}
    csv.row([cells[h] for h in header], data.draw(quote))
    path = csv.save(tmp_path_factory.mktemp("plan") / "urls.csv")
    with pytest.raises(InputError) as info:
        list(read_lines(str(path)))
    problem = only(info)
    assert problem.path == "$.confidence"
    check_cell(path, problem, csv, len(csv.places) - 1, header.index("confidence"))


def test_a_misspelt_planner_column_is_named_at_its_header_cell(tmp_path: Path) -> None:
    from ipprules.planner import read_lines

    csv = Csv(";", bom=True).row(["url", "notes", "resaon"], [False, True, True])
    path = csv.save(tmp_path / "urls.csv")
    with pytest.raises(InputError, match="did you mean 'reason'") as info:
        list(read_lines(str(path)))
    check_cell(path, only(info), csv, 0, 2)
    assert at(path, 1, only(info).column) == '"resaon"'


# ------------------------------------------------------------ the Good Faith history

HISTORY = [
    "type",
    "date",
    "platform",
    "reason_code",
    "listings",
    "taken_down",
    "rejected",
    "note",
]
GOOD = {
    "type": "complaint",
    "date": "2024-01-02",
    "platform": "taobao",
    "reason_code": "tm_misuse",
    "listings": "2",
    "taken_down": "1",
    "rejected": "1",
}
BAD = {"date": "2024-01-0", "listings": "x", "type": "complain", "taken_down": "-1"}


@SETTINGS
@given(data=st.data(), bom=st.booleans(), crlf=st.booleans(), column=st.sampled_from(list(BAD)))
def test_a_bad_history_cell_is_named_at_its_first_character(
    tmp_path_factory: pytest.TempPathFactory,
    data: st.DataObject,
    bom: bool,
    crlf: bool,
    column: str,
) -> None:
    """A Good Faith history placed a cell by re-quoting the cells before it: a cell quoted
    without need, or a note over two lines before it, put the column (and the line) off."""
    from ipprules.goodfaith import History

    rng = random.Random(data.draw(st.integers(0, 2**32)))
    header = list(HISTORY)
    rng.shuffle(header)
    quote = st.lists(st.booleans(), min_size=len(header), max_size=len(header))
    csv = Csv(bom=bom, crlf=crlf).row(header, data.draw(quote))
    for _ in range(data.draw(st.integers(0, 2))):
        csv.row([GOOD.get(h) or data.draw(CELLS) for h in header], data.draw(quote))
    cells = {**GOOD, column: BAD[column], "note": data.draw(CELLS)}
    csv.row([cells[h] for h in header], data.draw(quote))
    path = csv.save(tmp_path_factory.mktemp("gf") / "history.csv")
    with pytest.raises(InputError) as info:
        History.from_file(str(path))
    problem = only(info)
    assert problem.path == f"$.{column}"
    check_cell(path, problem, csv, len(csv.places) - 1, header.index(column))


# ------------------------------------------------------------------ violations files

VIOLATION = {"date": "2024-03-01", "kind": "general", "points": "2"}
BAD_VIOLATION = {"date": "2024-02-30", "kind": "fake", "points": "x"}


@SETTINGS
@given(
    data=st.data(),
    bom=st.booleans(),
    crlf=st.booleans(),
    column=st.sampled_from(list(BAD_VIOLATION)),
)
def test_a_bad_violations_cell_is_named_at_its_first_character(
    tmp_path_factory: pytest.TempPathFactory,
    data: st.DataObject,
    bom: bool,
    crlf: bool,
    column: str,
) -> None:
    """A violations CSV named a bad cell's line only (``v.csv:3: $[1].date``)."""
    from ipprules.penalties import read_violations

    rng = random.Random(data.draw(st.integers(0, 2**32)))
    header = ["date", "kind", "points", "right", "platform"]
    rng.shuffle(header)
    quote = st.lists(st.booleans(), min_size=len(header), max_size=len(header))
    csv = Csv(bom=bom, crlf=crlf).row(header, data.draw(quote))
    free = st.one_of(st.just("aliexpress"), CELLS.filter(lambda c: c.strip() == c))
    rows = data.draw(st.integers(0, 2))
    for _ in range(rows):
        csv.row([VIOLATION.get(h) or data.draw(free) for h in header], data.draw(quote))
    cells = {**VIOLATION, column: BAD_VIOLATION[column], "right": data.draw(CELLS)}
    csv.row([cells.get(h) or data.draw(free) for h in header], data.draw(quote))
    path = csv.save(tmp_path_factory.mktemp("v") / "v.csv")
    with pytest.raises(InputError) as info:
        read_violations(str(path))
    problem = only(info)
    assert problem.path == f"$[{rows}].{column}"
    check_cell(path, problem, csv, len(csv.places) - 1, header.index(column))


@pytest.mark.parametrize("wrapped", [False, True])
@pytest.mark.parametrize(
    ("key", "value", "fragment"),
    [
        ("kind", '"fake"', "unknown violation kind"),
        ("date", '"1899-12-31"', "outside 1900-01-01"),
        ("date", '"2024-13-01"', "expected a date"),
        ("points", "-3", "expected a whole number"),
        ("points", "1000000000", "points must be a whole number"),
        ("points", '"3"', "expected an integer"),
    ],
)
def test_a_bad_violation_in_json_is_named_at_its_value_by_the_files_path(
    tmp_path: Path, wrapped: bool, key: str, value: str, fragment: str
) -> None:
    """A JSON list of violations was read as ``{"violations": [...]}``: its errors said
    ``$.violations[1].points`` at 1:1; and a value a violation refuses (an unknown kind, a
    date out of range) was named by its row (``$[1]`` at the ``{``)."""
    from ipprules.penalties import read_violations

    row = {"date": '"2024-03-01"', "kind": '"general"', "points": "2", key: value}
    bad = "{" + ", ".join(f'"{k}": {v}' for k, v in row.items()) + "}"
    rows = '[\n  {"date": "2024-03-01", "kind": "piracy"},\n  ' + bad + "\n]"
    path = tmp_path / "v.json"
    path.write_text('{"violations": ' + rows + "}" if wrapped else rows)
    with pytest.raises(InputError, match=fragment) as info:
        read_violations(str(path))
    problem = only(info)
    assert problem.path == ("$.violations" if wrapped else "$") + f"[1].{key}"
    assert at(path, problem.line, problem.column).startswith(value)


# -------------------------------------------------------- a key missing from a TOML table


@settings(max_examples=30, deadline=None)
@given(
    head=st.lists(st.sampled_from(["", "# a comment", "   ", "#"]), max_size=4),
    first=st.sampled_from(['platform = "1688"', "[seller]"]),
)
def test_a_key_missing_from_the_root_table_names_where_the_table_starts(
    tmp_path_factory: pytest.TempPathFactory, head: list[str], first: str
) -> None:
    """A counter-notice TOML without its complaint date said ``cn.toml: $.complaint_date:
    required value is missing``, no line (the JSON form says 1:1, its ``{``): the root table
    is where its first key (or header) is, after the comments."""
    from ipprules.counternotice import read_counter_notice

    body = (
        'platform = "1688"\n[seller]\npoints = 1\n'
        if first.startswith("platform")
        else "[seller]\npoints = 1\n"
    )
    path = tmp_path_factory.mktemp("cn") / "cn.toml"
    path.write_text("".join(line + "\n" for line in head) + body)
    with pytest.raises(InputError) as info:
        read_counter_notice(path)
    missing = {p.path: p for p in info.value.problems if "required value is missing" in p.message}
    problem = missing["$.complaint_date"]
    assert (problem.line, problem.column) == (len(head) + 1, 1)
    assert at(path, problem.line, problem.column) == first


def test_a_key_missing_from_a_sub_table_names_its_header(tmp_path: Path) -> None:
    from ipprules.counternotice import read_counter_notice

    path = tmp_path / "cn.toml"
    path.write_text(
        'platform = "1688"\ncomplaint_date = 2024-06-10\n\n[[purchases]]\nid = "A"\n'
        'date = 2024-01-01\nquantity = 1\nsigned_by = ["buyer"]\nproduct_matches = true\n'
    )
    with pytest.raises(InputError, match="required value is missing") as info:
        read_counter_notice(path)
    problem = only(info)
    assert problem.path == "$.purchases[0].kind"
    assert at(path, problem.line, problem.column) == "[[purchases]]"
    json_path = tmp_path / "cn.json"
    json_path.write_text('\n  {"platform": "1688"}')
    with pytest.raises(InputError, match="required value is missing") as info:
        read_counter_notice(json_path)
    assert at(json_path, only(info).line, only(info).column) == '{"platform": "1688"}'


# ------------------------------------------------------------------- lifecycle events


@pytest.mark.parametrize("wrapped", [False, True])
@pytest.mark.parametrize(
    ("event", "key", "at_value", "fragment"),
    [
        ('{"event": "takedown", "on": "2024-13-01"}', "on", '"2024-13-01"', "expected a date"),
        ('{"event": "appeal", "on": "2024-01-02"}', "event", '"appeal"', "unknown event"),
        ('{"event": "reject", "on": "2024-01-02", "reason": ""}', "reason", '""', "non-empty"),
        ('{"event": "reject",\n    "on": "2024-01-02"}', "reason", '{"event"', "needs a reason"),
    ],
)
def test_a_bad_event_is_named_at_its_value_by_the_files_path(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    wrapped: bool,
    event: str,
    key: str,
    at_value: str,
    fragment: str,
) -> None:
    """A JSON list of events was read as ``{"events": [...]}``: a bad date in it said
    ``$.events[1].on`` at 1:1; an unknown event or a missing reason was named by its row
    (``$.events[1]``, at the ``{``), not by the value (a missing one: at its row)."""
    from ipprules.cli import main

    rows = '[\n  {"event": "ipr_verified", "on": "2024-01-01"},\n  ' + event + "\n]"
    path = tmp_path / "events.json"
    path.write_text('{"platform": "aliexpress", "events": ' + rows + "}" if wrapped else rows)
    assert main(["lifecycle", str(path)]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    prefix = "$.events" if wrapped else "$"
    found = re.fullmatch(r"ipprules: error: .*events\.json:(\d+):(\d+): (\S+): (.*)", line)
    assert found is not None, line
    assert found.group(3) == f"{prefix}[1].{key}" and fragment in found.group(4)
    assert at(path, int(found.group(1)), int(found.group(2))).startswith(at_value)


# ------------------------------------------------------------------ an unknown JSON key

KEYS = st.text(
    alphabet=st.characters(exclude_categories=("Cs",), exclude_characters="\0"), max_size=8
).filter(lambda k: k not in ("date", "kind", "points", "platform", "right", "id"))


@SETTINGS
@given(key=KEYS, indent=st.sampled_from([None, 1, 4]), ascii_only=st.booleans())
def test_an_unknown_json_key_is_named_at_the_key(
    tmp_path_factory: pytest.TempPathFactory, key: str, indent: int | None, ascii_only: bool
) -> None:
    """An unknown key of a JSON document was placed at its value (``"colour": 1`` at the
    ``1``): it is placed at the key's opening quote, the name the message quotes."""
    import json

    from ipprules.penalties import read_violations

    rows = [{"date": "2024-03-01", "kind": "piracy"}, {"date": "2024-03-01", key: [1, {"k": 2}]}]
    rows[1]["kind"] = "general"
    path = tmp_path_factory.mktemp("v") / "v.json"
    path.write_text(json.dumps(rows, indent=indent, ensure_ascii=ascii_only), encoding="utf-8")
    with pytest.raises(InputError, match="unknown key") as info:
        read_violations(str(path))
    problem = only(info)
    assert problem.path == "$[1]"
    assert at(path, problem.line, problem.column).startswith(
        json.dumps(key, ensure_ascii=ascii_only)
    )


@pytest.mark.parametrize(
    ("record", "path", "at_value"),
    [
        ('{"type": "complaint", "colour": 1, "date": "2024-01-02"}', "$.colour", '"colour"'),
        ('{"type": "abuse", "date": "2024-01-02", "a b": 1}', "$", '"a b"'),
        (
            '{"type": "complaint", "date": "2024-01-02", "platform": "taobao", '
            '"reason_code": "tm_misuse", "items": [{"outcome": "taken_down"}, {"outcome": "zz"}]}',
            "$.items[1].outcome",
            '"zz"',
        ),
        (
            '{"type": "complaint", "date": "2024-01-02", "platform": "taobao", '
            '"reason_code": "tm_misuse", "items": [{"outcome": "rejected", "counter_notice": 1}]}',
            "$.items[0].counter_notice",
            "1}",
        ),
    ],
)
def test_a_bad_json_lines_history_key_is_named_where_it_is(
    tmp_path: Path, record: str, path: str, at_value: str
) -> None:
    """A JSON Lines history named an unknown key at the line's start (1:1) and a listing's
    bad outcome at its item's ``{``."""
    from ipprules.goodfaith import History

    file = tmp_path / "h.jsonl"
    file.write_text('{"type": "declaration", "date": "2024-01-01"}\n\n' + record + "\n")
    with pytest.raises(InputError) as info:
        History.from_file(str(file))
    problem = only(info)
    assert problem.path == path and problem.line == 3
    assert at(file, problem.line, problem.column).startswith(at_value)
