"""Good Faith inputs read from stdin behave as the same inputs read from a file (sweep gfstdin).

The same errors (with ``<stdin>`` in place of the file name), the same lines, the same exit
codes, under the same size caps: a history on stdin is compared with a what-if batch's
complaint ids as a history file is, and a what-if plan on stdin is placed by line when an
error is found only at run time.
"""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ipprules.cli import main

HEADER = "type,date,id,platform,reason_code,listings,taken_down,rejected\n"
DECLARED = {"type": "declaration", "date": "2024-01-02"}


def _row(i: str, day: str = "2024-05-01", taken: int = 10) -> dict[str, object]:
    return {
        "type": "complaint",
        "date": day,
        "id": i,
        "platform": "taobao",
        "reason_code": "tm_counterfeit",
        "listings": 10,
        "taken_down": taken,
        "rejected": 10 - taken,
    }


def _text(rows: list[dict[str, object]], kind: str) -> str:
    """A history (or batch) of ``rows`` as CSV or JSON Lines."""
    if kind == "jsonl":
        return "".join(json.dumps(r) + "\n" for r in rows)
    cells = ("type", "date", "id", "platform", "reason_code", "listings", "taken_down", "rejected")
    return HEADER + "".join(",".join(str(r.get(c, "")) for c in cells) + "\n" for r in rows)


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    capsys.readouterr()
    code = main(argv)
    return code, capsys.readouterr().err


# ------------------------------------------- 1. repeated ids within a history, file or stdin


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(n=st.integers(2, 30), data=st.data())
@example(n=2, data=None)
@pytest.mark.parametrize("kind", ["csv", "jsonl"])
def test_a_history_on_stdin_refuses_a_repeated_id_as_a_file_does(
    kind: str,
    n: int,
    data: st.DataObject | None,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """An id that comes back in a history is an error naming the id, the line where it repeats
    and its first line, whether the history is a file (plain or gzip) or stdin."""
    first = 0 if data is None else data.draw(st.integers(0, n - 1))
    again = n if data is None else data.draw(st.integers(first + 1, n))
    ids = [f"K{i}" for i in range(n)]
    ids.insert(again, ids[first])
    text = _text([DECLARED, *(_row(i) for i in ids)], kind)
    where = tmp_path_factory.mktemp("h")
    plain, packed = where / f"h.{kind}", where / f"h.{kind}.gz"
    plain.write_text(text, encoding="utf-8")
    packed.write_bytes(gzip.compress(text.encode("utf-8")))
    argv = ["good-faith", "--as-of", "2024-06-30"]
    code, from_file = _run([*argv, str(plain)], capsys)
    assert code == 2 and f"duplicate id 'K{first}'" in from_file
    assert _run([*argv, str(packed)], capsys) == (2, from_file.replace(str(plain), str(packed)))
    _stdin(monkeypatch, text.encode("utf-8"))
    assert _run([*argv, "-"], capsys) == (2, from_file.replace(str(plain), "<stdin>"))


# ----------------------------- 2. a history on stdin against a what-if batch's complaint ids


@pytest.mark.no_cover
@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(repeat=st.integers(0, 100), extra=st.integers(0, 3))
@example(repeat=5, extra=1)
@pytest.mark.parametrize(
    ("kind", "batch_kind"),
    [("csv", "csv"), ("csv", "jsonl.gz"), ("jsonl", "csv.gz"), ("jsonl", "jsonl")],
)
def test_a_history_on_stdin_is_compared_with_the_batch_ids(
    kind: str,
    batch_kind: str,
    repeat: int,
    extra: int,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A what-if batch file repeating a complaint id of a history read from stdin is refused
    as when the history is a file: exit 2, the id, its line in the batch and in the history
    (it was not compared: the planned complaint was counted twice, exit 0 or 1)."""
    history = _text([DECLARED, *(_row(f"K{i}") for i in range(101))], kind)
    where = tmp_path_factory.mktemp("w")
    path = where / f"h.{kind}"
    path.write_text(history, encoding="utf-8")
    batch_rows = [_row(f"N{i}", "2024-06-01") for i in range(extra)] + [
        _row(f"K{repeat}", "2024-06-01", 0)
    ]
    plain_kind = batch_kind.removesuffix(".gz")
    batch_text = _text(batch_rows, plain_kind).encode("utf-8")
    batch = where / f"b.{batch_kind}"
    batch.write_bytes(gzip.compress(batch_text) if batch_kind.endswith(".gz") else batch_text)
    argv = ["good-faith", "--as-of", "2024-06-30", "--what-if", str(batch)]
    code, from_file = _run([*argv, str(path)], capsys)
    assert code == 2 and f"'K{repeat}'" in from_file
    header = 1 if kind == "csv" else 0
    assert f"(line {repeat + 2 + header};" in from_file
    _stdin(monkeypatch, history.encode("utf-8"))
    assert _run([*argv, "-"], capsys) == (2, from_file.replace(str(path), "<stdin>"))


# ------------------------------ 3. a plan on stdin: errors found at run time placed by line


PLANS = {
    "toml": 'assume = "current"\n\n[[complaints]]\nreason_code = "tm_counterfeit"\n'
    'platform = "tmall"\nlistings = {n}\nreinstated = {n}\n',
    "json": '{{"assume": "current",\n "complaints": [\n  {{"reason_code": "tm_counterfeit",'
    ' "listings": {n},\n   "reinstated": {n}}}\n ]}}\n',
}


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(listings=st.integers(10, 10_000))
@example(listings=10)
@pytest.mark.parametrize("fmt", ["toml", "json"])
def test_a_plan_on_stdin_is_placed_by_line_as_a_file_is(
    fmt: str,
    listings: int,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """``reinstated`` above the ``taken_down`` assumed from the current rate (known only at
    run time) is an error naming the plan's line and column, on stdin as in a file."""
    where = tmp_path_factory.mktemp("p")
    history = where / "h.csv"  # a takedown rate of 19/20: fewer taken down than listed
    history.write_text(
        _text([DECLARED, *(_row(f"K{i}", taken=10 if i % 2 else 9) for i in range(10))], "csv"),
        encoding="utf-8",
    )
    text = PLANS[fmt].format(n=listings)
    plan = where / f"p.{fmt}"
    plan.write_text(text, encoding="utf-8")
    argv = ["good-faith", str(history), "--as-of", "2024-06-30", "--what-if"]
    code, from_file = _run([*argv, str(plan)], capsys)
    assert code == 2 and f"{plan}:" in from_file and "reinstated" in from_file
    line = 7 if fmt == "toml" else 4
    assert f"{plan}:{line}:" in from_file
    _stdin(monkeypatch, text.encode("utf-8"))
    assert _run([*argv, "-"], capsys) == (2, from_file.replace(str(plan), "<stdin>"))


# --------------------------------------------------- 4. an endless stdin under the size cap


def _endless(head: str, line: str) -> str:
    return (
        "import sys\n"
        f"sys.stdout.write({head!r})\n"
        "try:\n"
        f"    while True: sys.stdout.write({line!r} * 1000)\n"
        "except (BrokenPipeError, OSError):\n"
        "    pass\n"
    )


class _EndlessBytes(io.RawIOBase):
    """A stream that never ends: ``head`` once, then ``line`` again and again (an
    ``AssertionError`` once far past the 2 MiB cap, where a reader ignoring it would hang)."""

    def __init__(self, head: bytes, line: bytes) -> None:
        self._pending = head
        self._block = line * 1000
        self._given = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if not self._pending:
            self._pending = self._block
        assert self._given < 64 * 2**20, "read far past the --max-bytes cap"
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        self._given += n
        return n


def _endless_case(kind: str, what_if: bool, tmp_path: Path) -> tuple[str, str, list[str]]:
    """The first line, the line repeated, and the arguments after ``good-faith -``."""
    row = _row("X", "2024-05-01")
    del row["id"]
    line = _text([row], kind).removeprefix(HEADER)
    head = HEADER if kind == "csv" else ""
    batch = tmp_path / "b.csv"
    batch.write_text(_text([_row("N1", "2024-06-01")], "csv"), encoding="utf-8")
    argv = ["--as-of", "2024-06-30", "--max-bytes", "2M"]
    return head, line, argv + (["--what-if", str(batch)] if what_if else [])


def test_an_endless_history_piped_to_the_process_stops_at_the_size_cap(tmp_path: Path) -> None:
    """A history piped in without end, by another process, stops at ``--max-bytes`` with
    exit 2 naming ``<stdin>``, as a file larger than the cap does (the real pipe once; the
    kinds and the what-if batch in process below)."""
    head, line, rest = _endless_case("csv", True, tmp_path)
    writer = subprocess.Popen([sys.executable, "-c", _endless(head, line)], stdout=subprocess.PIPE)
    argv = [sys.executable, "-m", "ipprules", "good-faith", "-", *rest]
    try:
        done = subprocess.run(
            argv, stdin=writer.stdout, capture_output=True, text=True, timeout=120, check=False
        )
    finally:
        assert writer.stdout is not None
        writer.stdout.close()
        writer.kill()
        writer.wait()
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("ipprules: error: <stdin>") and "2 MiB" in done.stderr


@pytest.mark.parametrize("kind", ["csv", "jsonl"])
@pytest.mark.parametrize("what_if", [False, True])
def test_an_endless_history_on_stdin_stops_at_the_size_cap(
    kind: str,
    what_if: bool,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A history on stdin without end stops at ``--max-bytes`` with exit 2 naming
    ``<stdin>``, as a file larger than the cap does, with or without a what-if batch (whose
    comparison keeps a copy of the history)."""
    head, line, rest = _endless_case(kind, what_if, tmp_path)
    endless = _EndlessBytes(head.encode("utf-8"), line.encode("utf-8"))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(endless)))
    code, err = _run(["good-faith", "-", *rest], capsys)
    assert code == 2, err
    assert err.startswith("ipprules: error: <stdin>") and "2 MiB" in err


# ------------------------- 5. a TOML document on stdin with an error: TOML's error, its line

_TOML_FIRST = ["# a comment", "x = 1", 'name = "a b"', "[table]", "[[rows]]", "a.b = 2"]
_TOML_LINES = st.sampled_from([*_TOML_FIRST, ""])
_BROKEN = st.sampled_from(["@@@", "x = ", "[unclosed", "y = [1, 2", "= 3", "z = {"])


@pytest.mark.no_cover
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(first=st.sampled_from(_TOML_FIRST), before=st.lists(_TOML_LINES, max_size=5), broken=_BROKEN)
@example(first="x = 1", before=[], broken="@@@")
@example(first="# a comment", before=[""], broken="@@@")
@pytest.mark.parametrize(
    "argv",
    [
        ["rules", "--rules", "{}"],
        ["check", "{}", "--as-of", "2024-06-30"],
        ["lifecycle", "{}"],
        ["coverage", "{}"],
        ["counter-notice", "{}"],
        ["good-faith", "examples/history.csv", "--as-of", "2024-06-30", "--what-if", "{}"],
        ["plan", "examples/planner-urls.csv", "--account", "{}"],
    ],
    ids=lambda argv: argv[0],
)
def test_a_broken_toml_document_on_stdin_is_told_as_a_toml_file_is(
    argv: list[str],
    first: str,
    before: list[str],
    broken: str,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A TOML document on stdin that does not parse, whose first line is TOML's (a comment, a
    key, a table), is told as TOML (stdin has no suffix): the TOML error at its line, as in a
    ``.toml`` file. It was read as JSON: ``not valid JSON: Expecting value`` at line 1, column
    1, whatever the error."""
    text = "\n".join([first, *before, broken]) + "\n"
    path = tmp_path_factory.mktemp("t") / "d.toml"
    path.write_text(text, encoding="utf-8")
    code, from_file = _run([a.replace("{}", str(path)) for a in argv], capsys)
    assert code == 2 and "not valid TOML" in from_file, from_file
    _stdin(monkeypatch, text.encode("utf-8"))
    stdin = [a.replace("{}", "-") for a in argv]
    assert _run(stdin, capsys) == (2, from_file.replace(str(path), "<stdin>"))


# ------------- 6. other commands: an error found at run time in a document on stdin, placed


@pytest.mark.no_cover
@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(year=st.integers(1990, 2014))
@example(year=2001)
@pytest.mark.parametrize("fmt", ["toml", "json"])
@pytest.mark.parametrize(
    ("command", "example_file"), [("check", "plan.toml"), ("coverage", "portfolio.toml")]
)
def test_a_document_on_stdin_refused_at_run_time_is_placed_as_a_file_is(
    command: str,
    example_file: str,
    fmt: str,
    year: int,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """An ``as_of`` before the rule book's coverage is found when the engine runs, after the
    document was read: the error names its line (and column) on stdin as in the file."""
    import tomllib

    data = tomllib.loads(Path("examples", example_file).read_text(encoding="utf-8"))
    data["as_of"] = f"{year}-01-02"
    if fmt == "json":
        text = json.dumps(data, indent=1, default=str) + "\n"
    else:
        text = f"as_of = {year}-01-02\n" + "".join(
            line + "\n"
            for line in Path("examples", example_file).read_text(encoding="utf-8").splitlines()
            if not line.startswith("as_of")
        )
    path = tmp_path_factory.mktemp("d") / f"d.{fmt}"
    path.write_text(text, encoding="utf-8")
    code, from_file = _run([command, str(path)], capsys)
    assert code == 2 and "$.as_of" in from_file and f"{path}:" in from_file, from_file
    assert from_file.startswith(f"ipprules: error: {path}:")
    assert from_file.removeprefix(f"ipprules: error: {path}:").split(":")[0].isdigit()  # a line
    _stdin(monkeypatch, text.encode("utf-8"))
    assert _run([command, "-"], capsys) == (2, from_file.replace(str(path), "<stdin>"))
