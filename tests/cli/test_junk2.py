"""``ipprules listings`` on a stream of repeated lines (``yes URL |``): a line the same as the
one before reuses its parse, its record and its drawn row, and every output byte stays what
parsing and drawing each line afresh gives (the reference below, built from the unchanged
parts: :func:`read_urls`, :func:`parse_listing`, :func:`dedupe`, :func:`row_of`,
:func:`table`, :func:`table_row`)."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import ipprules.listings.bulk as bulk
import ipprules.listings.table as table_module
from ipprules._table import table, table_row
from ipprules.cli import main
from ipprules.cli.listings import read_urls
from ipprules.listings import dedupe, parse_listing
from ipprules.listings.bulk import Tally
from ipprules.listings.table import HEADERS, holding_others_line, row_of

POOL = (
    "https://item.taobao.com/item.htm?id=1",
    "https://item.taobao.com/item.htm?id=606832683299",
    "https://detail.tmall.com/item.htm?id=690091011924",
    "y",
    "see https://item.taobao.com/item.htm?id=606832683299 https://detail.tmall.com/item.htm?id=690091011924",
    "x\u202ey",
)
#: How each line is made from the one before: the same, one character changed, a pool line,
#: or a blank line before it.
MOVES = ("same", "flip", "pool", "blank")
BLOCK = 3  # the rows laid out together before the streamed ones: both paths are drawn


def _stream(steps: list[tuple[int, str]]) -> str:
    lines: list[str] = []
    last = POOL[0]
    for pick, move in steps:
        if move == "flip" and last:
            last = last[:-1] + chr(ord(last[-1]) ^ 1)
        elif move == "pool":
            last = POOL[pick]
        elif move == "blank":
            lines.append("")
        lines.append(last)
    return "\n".join(lines) + "\n"


def _reference(path: Path, dedupe_them: bool) -> tuple[list[dict[str, Any]], str]:
    """The rows and the text table as parsing and drawing each line afresh gives them."""
    pairs = read_urls(str(path))
    line_of = [line for line, _ in pairs]
    results: Any = [(n, parse_listing(text)) for n, (_, text) in enumerate(pairs)]
    if dedupe_them:
        results = dedupe(results)
    counts = Tally()
    rows = [row_of(line_of[n], counts.add(result), line_of) for n, result in results]
    cells = [table_module._text_row(row) for row in rows]
    head = table(HEADERS, cells[:BLOCK])
    widths = [len(part) for part in head.split("\n")[1].split("  ")]
    drawn = [head, *(table_row(row, widths) for row in cells[BLOCK:])]
    several = holding_others_line(sum(bool(row["others"]) for row in rows))
    return rows, "\n".join([*drawn, counts.summary().line() + several]) + "\n"


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = main(["listings", *args])
    return code, capsys.readouterr().out


@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    steps=st.lists(
        st.tuples(st.integers(0, len(POOL) - 1), st.sampled_from(MOVES)), min_size=1, max_size=12
    ),
    dedupe_them=st.booleans(),
)
@example(steps=[(0, "same")] * 8, dedupe_them=False)  # yes URL
@example(steps=[(3, "pool")] + [(0, "same")] * 8, dedupe_them=True)  # yes
@example(steps=[(1, "pool"), (0, "same"), (3, "pool"), (0, "same")] * 2, dedupe_them=True)
@example(steps=[(1, "pool"), (0, "flip"), (0, "flip"), (0, "same"), (0, "flip")], dedupe_them=False)
@example(steps=[(2, "pool"), (0, "blank"), (0, "blank"), (0, "same")] * 2, dedupe_them=True)
def test_repeated_lines_give_the_same_output_as_parsing_each(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    steps: list[tuple[int, str]],
    dedupe_them: bool,
) -> None:
    path = tmp_path / "urls.txt"
    path.write_text(_stream(steps), "utf-8")
    rows, text = _reference(path, dedupe_them)
    flags = ["--dedupe"] if dedupe_them else []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(table_module, "TABLE_BLOCK", BLOCK)
        _, out = _run([str(path), *flags], capsys)
    assert out == text
    _, out = _run([str(path), "--format", "json", *flags], capsys)
    got = json.loads(out)["results"]
    assert [list(row) for row in got] == [list(row) for row in rows]  # the keys' order too
    assert got == json.loads(json.dumps(rows))


def test_a_repeated_line_is_parsed_and_drawn_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = {"parse": 0, "row": 0, "draw": 0}

    def counted(name: str, function: Any) -> Any:
        def call(*args: Any) -> Any:
            calls[name] += 1
            return function(*args)

        return call

    monkeypatch.setattr(bulk, "parse_listing", counted("parse", bulk.parse_listing))
    monkeypatch.setattr(table_module, "row_of", counted("row", table_module.row_of))
    monkeypatch.setattr(table_module, "table_row", counted("draw", table_module.table_row))
    monkeypatch.setattr(table_module, "TABLE_BLOCK", BLOCK)
    path = tmp_path / "yes.txt"
    path.write_text("y\n" * 500, "utf-8")
    code, out = _run([str(path)], capsys)
    assert code == 1
    assert out.count("not a URL: no host") == 500
    assert out.splitlines()[-1].startswith("500 inputs: 0 parsed, 0 duplicates, 500 rejected")
    assert calls["parse"] == 1
    assert calls["row"] == 1
    assert calls["draw"] == 1


def test_plan_parses_a_repeated_line_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import ipprules.planner.engine as engine

    calls = []
    parse = engine.parse_listing
    monkeypatch.setattr(engine, "parse_listing", lambda text: calls.append(text) or parse(text))
    path = tmp_path / "yes.txt"
    path.write_text("https://item.taobao.com/item.htm?id=606832683299\n" + "y\n" * 300, "utf-8")
    account = Path(__file__).parents[2] / "examples" / "planner-account.toml"
    args = ["plan", str(path), "--account", str(account), "--as-of", "2026-12-01"]
    code = main([*args, "--format", "json"])
    lines = json.loads(capsys.readouterr().out)["lines"]
    assert code == 1
    assert [line["line"] for line in lines] == list(range(1, 302))
    assert {(line["status"], line["code"]) for line in lines[1:]} == {
        ("rejected", "listing:not-a-url")
    }
    assert calls == ["https://item.taobao.com/item.htm?id=606832683299", "y"]


@pytest.mark.no_cover
def test_rows_drawn_before_the_size_cap_are_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(table_module, "TABLE_BLOCK", BLOCK)
    stream = io.TextIOWrapper(io.BytesIO(b"y\n" * 300_000), "utf-8")
    monkeypatch.setattr(sys, "stdin", stream)  # a stream is cut at the cap as it is read
    code = main(["listings", "-", "--max-bytes", "300K"])
    out, err = capsys.readouterr()
    assert code == 2
    assert "input larger than" in err
    # the lines of every block parsed whole before the cap, none lost
    numbers = [int(line.split()[0]) for line in out.splitlines()[2:]]
    assert numbers
    assert numbers == list(range(1, len(numbers) + 1))
    assert len(numbers) % bulk.BLOCK == 0
