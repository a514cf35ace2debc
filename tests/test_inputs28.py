"""inputs28: readers of hostile input in bounded time and with clear errors.

The depth check read ``[[}]]`` repeated twice as slowly as before inputs26 (a wall
substitution and a search for long runs tried at each character), and its string skipping
tried its alternations at each bracket: both are held to a plain regex pass over the text.
"""

from __future__ import annotations

import re
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules import _files
from ipprules._files import read_document
from ipprules.calendars import load_calendar
from ipprules.checks.plan import read_plan as checks_plan
from ipprules.errors import InputError
from ipprules.goodfaith.history import _BLANK_HEAD, iter_history, iter_rows
from ipprules.goodfaith.plan import read_plan


def _cpu(call: Callable[[], object], rounds: int = 5) -> float:
    """The least CPU time of ``call`` over ``rounds`` runs (the least is what noise from other
    processes sharing the cores, as under xdist in CI, disturbs least)."""
    times = []
    for _ in range(rounds):
        start = time.process_time()
        call()
        times.append(time.process_time() - start)
    return min(times)


#: One plain C-speed pass over a text: what the depth check is held to, as a ratio.
_ONE_PASS = re.compile(r"\[\]|\{\}")


def test_walls_are_read_by_the_depth_check_at_the_cost_of_a_few_plain_passes() -> None:
    """``[[}]]`` repeated (an opening bracket next to a closing one of the other kind, a
    wall every five characters) took about eight plain regex passes' time: the walls were
    replaced by a pattern, and long runs were looked for from each character."""
    text = "[[}]]" * 200_000 + "[]"
    assert not _files._too_deep(text, "json")
    reference = _cpu(lambda: _ONE_PASS.sub("", text))
    assert _cpu(lambda: _files._too_deep(text, "json")) < 4 * reference


@settings(max_examples=100)
@given(st.lists(st.sampled_from([*"[]{}\"'#\n\\a. ", '"""', "'''", "[}"]), max_size=40))
@example(["'", "[", "'"])  # a lone quote (TOML), kept as a wall
@example(['"""', "[", "'''", "]"])  # an unterminated multi-line string
def test_the_brackets_kept_are_what_the_skipping_leaves(parts: list[str]) -> None:
    """The depth check keeps a text's brackets (and TOML's lone quotes) by one match up to
    each run of brackets: the same text as removing what the string skipping matches."""
    text = "".join(parts)
    for keep, skip in (
        (_files._JSON_KEEP, _files._JSON_SKIP),
        (_files._TOML_KEEP, _files._TOML_SKIP),
    ):
        assert "".join(keep.findall(text)) == skip.sub("", text)


def test_brackets_are_kept_by_the_depth_check_at_c_speed() -> None:
    """A text of brackets only is kept a run of brackets at a time (a substitution tried the
    string skipping at each bracket, five times as long as one character class)."""
    text = "[[}]]" * 300_000
    one_class = re.compile(r"[^\[\]{}]")  # what the engine passes over at C speed
    reference = _cpu(lambda: one_class.sub("", text))
    for keep in (_files._JSON_KEEP, _files._TOML_KEEP):
        assert _cpu(lambda keep=keep: "".join(keep.findall(text))) < 2.5 * reference + 0.001


def _runs_by_search(text: str, least: int) -> list[str]:
    """The runs between quotes ``least`` long or more, as one search finds them."""
    return [run[0] for run in re.finditer(rf"[^\"']{{{least},}}", text)]


@settings(max_examples=100)
@given(
    parts=st.lists(st.sampled_from(["[", "]", "{", '"', "'", "[" * 9, "}" * 5]), max_size=30),
    least=st.integers(1, 12),
)
@example(parts=['"', "[" * 9, "'", "[" * 9, "[", '"'], least=10)
@example(parts=["[" * 9, "]"], least=10)  # a long run at the end, no quote after it
@example(parts=[], least=1)
def test_long_runs_are_the_runs_a_search_finds(parts: list[str], least: int) -> None:
    text = "".join(parts)
    assert list(_files._long_runs(text, least)) == _runs_by_search(text, least)


def _calendar(folder: Path, name: str, items: list[str]) -> Path:
    path = folder / name
    path.write_text('{"name": "x", "holidays": [\n' + ",\n".join(items) + "\n]}\n")
    return path


@settings(max_examples=20, deadline=None)
@given(bad=st.integers(0, 130), good=st.integers(0, 3))
@example(bad=100, good=0)
@example(bad=101, good=1)
def test_the_items_of_a_calendar_list_get_at_most_a_hundred_problems(
    tmp_path_factory: pytest.TempPathFactory, bad: int, good: int
) -> None:
    """Past the first 100 problems of a list's items, the rest are counted in one problem at
    the list, with its line (each was located: 100,000 non-dates took 0.75 s of CPU)."""
    folder = tmp_path_factory.mktemp("cal")
    items = [f'"2024-10-{day + 1:02d}"' for day in range(good)] + ["1"] * bad
    path = _calendar(folder, "c.json", items)
    if not bad:
        assert len(load_calendar(path).holidays) == good
        return
    with pytest.raises(InputError) as caught:
        load_calendar(path)
    problems = caught.value.problems
    assert len(problems) == min(bad, 100) + (bad > 100)
    assert [p.line for p in problems[:3]] == [2 + good + i for i in range(min(bad, 3))]
    if bad > 100:
        last = problems[-1]
        assert (last.path, last.line) == ("$.holidays", 1)
        assert f"and {bad - 100:,} more problem" in last.message


@pytest.mark.no_cover
def test_a_calendar_list_of_non_dates_costs_about_what_reading_it_does(tmp_path: Path) -> None:
    """The problems of a list's items past the first 100 are counted, not located: the
    check costs a few times what json.loads does (it cost forty times as much; the bound
    leaves room for a loaded machine: a CI run measured 6.8 times)."""
    path = _calendar(tmp_path, "c.json", ["1"] * 40_000)
    with pytest.raises(InputError):
        load_calendar(path)
    reading = _cpu(lambda: read_document(path), rounds=3)
    assert _cpu(lambda: _refused(path), rounds=3) < 15 * reading + 0.005


def _refused(path: Path) -> None:
    try:
        load_calendar(path)
    except InputError:
        return


def _history_answer(read: Callable[[Path], object], path: Path) -> tuple[str, object]:
    try:
        return "rows", read(path)
    except InputError as exc:
        (problem,) = exc.problems
        return "error", (problem.message, problem.file, problem.line)


_EMPTY_CELLS = st.lists(st.sampled_from(['""', '" "', "", " ", "\t"]), min_size=1, max_size=4)
_LATER = st.lists(st.sampled_from(["", '""', " ", "type,date", "C1,2024-01-01"]), max_size=3)


@settings(max_examples=30, deadline=None)
@given(first=_EMPTY_CELLS, later=_LATER, end=st.sampled_from(["\n", "\r\n"]))
@example(first=['""'], later=[], end="\n")  # empty: no rows
@example(first=['""'], later=["type,date"], end="\n")  # the header on line 2
@example(first=["", '""'], later=["", '""'], end="\r\n")
def test_a_first_line_of_empty_cells_is_read_as_blank_by_every_history_reader(
    tmp_path_factory: pytest.TempPathFactory, first: list[str], later: list[str], end: str
) -> None:
    """A first line whose cells are all empty (``""``, ``,``) is a blank line to the history
    readers: ``iter_rows`` (and the good-faith plan reader) read it as a header and said
    "unknown column ''", while ``iter_history`` read it as blank (no rows, or "line 1 is
    blank" at line 1, saying the header goes first)."""
    path = tmp_path_factory.mktemp("h") / "h.csv"
    path.write_bytes(end.join([",".join(first), *later, ""]).encode())
    rows = _history_answer(lambda p: len(list(iter_rows(p))), path)
    assert rows == _history_answer(lambda p: len(list(iter_history(p))), path)
    assert rows == _history_answer(lambda p: len(read_plan(p)), path)
    if any(line.strip(' "') for line in later):
        assert rows == ("error", (_BLANK_HEAD, str(path), 1))
        assert "starts with its header line" in _BLANK_HEAD
    else:
        assert rows == ("rows", 0)


@pytest.mark.parametrize("suffix", [".json", ".toml"])
@pytest.mark.parametrize("unknown", [100, 101, 5_000])
def test_a_table_of_many_unknown_keys_names_the_first_hundred(
    tmp_path: Path, suffix: str, unknown: int
) -> None:
    """Past the first 100 unknown keys of a table, the rest are counted in one problem (each
    was compared with every known key and located: 170,000 keys took 4.6 s of CPU)."""
    path = tmp_path / f"plan{suffix}"
    keys = [f"k{i:05d}" for i in range(unknown)]
    if suffix == ".json":
        path.write_text("{" + ",\n".join(f'"{key}": 1' for key in keys) + "}\n")
    else:
        path.write_text("".join(f"{key} = 1\n" for key in keys))
    with pytest.raises(InputError) as caught:
        checks_plan(path)
    named = [p for p in caught.value.problems if p.message.startswith("unknown key")]
    known = "; known keys: account, rights, complaints, as_of, interpretation"  # once a table
    assert [p.message for p in named] == [
        f"unknown key {key!r}" + (known if not index else "")
        for index, key in enumerate(keys[:100])
    ]
    assert [p.line for p in named[:3]] == [1, 2, 3]
    rest = [p for p in caught.value.problems if "more unknown key" in p.message]
    if unknown <= 100:
        assert not rest
    else:
        (problem,) = rest
        assert problem.message.startswith(f"and {unknown - 100:,} more unknown key")
        assert (problem.path, problem.file, problem.line) == ("$", str(path), 1)


def test_many_unknown_keys_cost_about_what_reading_them_does(tmp_path: Path) -> None:
    """Naming the unknown keys past the first 100 is not done: what is left costs a few
    times the reading of the text (it cost a hundred times as much)."""
    path = tmp_path / "plan.json"
    path.write_text("{" + ",".join(f'"k{i}": 1' for i in range(10_000)) + "}")
    reading = _cpu(lambda: read_document(path), rounds=3)
    assert _cpu(lambda: _refused_plan(path), rounds=3) < 10 * reading + 0.02


def _refused_plan(path: Path) -> None:
    try:
        checks_plan(path)
    except InputError:
        return


@pytest.mark.parametrize("unknown", [100, 101, 3_000])
def test_a_calendar_of_many_unknown_keys_names_the_first_hundred(
    tmp_path: Path, unknown: int
) -> None:
    """Past the first 100 unknown keys of a calendar, the rest are counted in one problem
    (each was located: 170,000 keys took 1.2 s of CPU)."""
    path = tmp_path / "c.json"
    path.write_text("{" + ",\n".join(f'"k{i}": 1' for i in range(unknown)) + "}\n")
    with pytest.raises(InputError) as caught:
        load_calendar(path)
    problems = caught.value.problems
    assert [p.path for p in problems[:100]] == [f"$.k{i}" for i in range(100)]
    assert [p.line for p in problems[:3]] == [1, 2, 3]
    assert len(problems) == 100 + (unknown > 100)
    if unknown > 100:
        assert (problems[-1].path, problems[-1].line) == ("$", 1)
        assert problems[-1].message.startswith(f"and {unknown - 100:,} more unknown keys")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("[" * 1_000, (1, 65)),
        ("\n\n" + '{"a": ' * 3_000, (3, 64 * 6 + 1)),
        ('[{"a": ' * 2_000, (1, 32 * 7 + 1)),
        # TOML: its root table is a level, as JSON's { is (inputs32): the 64th bracket
        ("x = " + "[" * 1_000, (1, 68)),
        ("#\nx = " + "{a = " * 1_000, (2, 63 * 5 + 5)),
    ],
)
def test_a_nest_never_closed_is_located_at_its_65th_level(
    text: str, place: tuple[int, int]
) -> None:
    """A nest that is never closed has no pair for the depth check; the parser's recursion
    limit refused it with no line. It is located as a closed one is."""
    fmt = "toml" if text.startswith(("x", "#")) else "json"
    with pytest.raises(InputError) as caught:
        _files.parse_document(text, f"deep.{fmt}", fmt)
    (problem,) = caught.value.problems
    assert problem.message == _files.TOO_DEEP
    assert (problem.file, problem.line, problem.column) == (f"deep.{fmt}", *place)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("x = " + "1" * 200_000 + "e999999\n", (1, 5)),
        ("# n\n[t]\nx = [1, -" + "1_0" * 40_000 + "]\n", (3, 10)),
        ("x = 0." + "0" * 100_000 + "1\n", (1, 7)),
    ],
)
def test_a_toml_number_of_too_many_digits_is_refused_where_it_is_without_tomllib(
    text: str, place: tuple[int, int]
) -> None:
    """tomllib reads a number with a pattern that keeps about 120 bytes a digit (a number of
    a million digits took 122 MB): a run of more than 10,000 digits is refused, at its line,
    before tomllib reads it, in memory a small multiple of the text."""
    tracemalloc.start()
    try:
        with pytest.raises(InputError) as caught:
            _files.parse_document(text, "n.toml", "toml")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    (problem,) = caught.value.problems
    assert "more than 10,000 digits" in problem.message
    assert (problem.file, problem.line, problem.column) == ("n.toml", *place)
    assert peak < 4 * len(text)


@pytest.mark.parametrize(
    "text",
    [
        'x = "' + "1" * 20_000 + '"\n',  # in a string
        "x = '" + "1" * 20_000 + "'\n",
        "x = 1 # " + "1" * 20_000 + "\n",  # in a comment
        'x = """\n' + "1" * 20_000 + '"""\n',
    ],
)
def test_digits_in_strings_and_comments_are_no_number(text: str) -> None:
    assert _files.parse_document(text, "n.toml", "toml").data["x"] in ("1" * 20_000, 1)


def test_a_number_under_the_cap_is_said_by_the_parser() -> None:
    with pytest.raises(InputError, match="4,300 digits"):
        _files.parse_document("x = " + "1" * 5_000 + "\n", "n.toml", "toml")
