"""Sweep hostile21: the command line against hostile files and arguments.

Each test runs the CLI in-process (``ipprules.cli.main``) or, where a hang or the memory
matters, as a subprocess under a time and memory bound. Every refusal is exit code 2 and one
error line naming the file (and its line), never the last-resort "unexpected failure" line.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from ipprules.cli import main

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
AS_OF = "2024-01-02"


def _cli(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code, _, err = _cli_out(argv, capsys)
    return code, err


def _cli_out(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """The exit code, stdout and stderr of the CLI run in-process on ``argv``."""
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own refusals
        code = exc.code if isinstance(exc.code, int) else 2
    out, err = capsys.readouterr()
    return code, out, err


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def _refused(code: int, err: str, name: str, line: int | None = None) -> None:
    """Exit code 2, no traceback, no last-resort line, and the file (and line) named."""
    assert code == 2, err
    assert "Traceback" not in err and "unexpected failure" not in err, err
    assert "input nested too deeply (RecursionError" not in err, err
    where = f"{name}:{line}:" if line is not None else f"{name}"
    assert err.startswith(f"ipprules: error: {where}"), err


# ---------------------------------------------------------------- a deep object on a first line

_ACCOUNT = str(EXAMPLES / "planner-account.toml")
_PLAN = ["--account", _ACCOUNT, "--as-of", AS_OF]

#: The places a list of URLs (or a history on stdin) is told from JSON Lines by its first
#: line: ``FILE`` is the hostile file (or ``-``, standard input).
_SNIFFED = {
    "listings FILE": ["listings", "FILE"],
    "listings -": ["listings", "-"],
    "plan INPUT": ["plan", "FILE", *_PLAN],
    "plan --open": ["plan", str(EXAMPLES / "planner-urls.csv"), *_PLAN, "--open", "FILE"],
    "plan --history -": ["plan", str(EXAMPLES / "planner-urls.csv"), *_PLAN, "--history", "-"],
    "good-faith -": ["good-faith", "-", "--as-of", AS_OF],
    "good-faith --what-if -": [
        "good-faith",
        str(EXAMPLES / "history.csv"),
        "--as-of",
        AS_OF,
        "--what-if",
        "-",
    ],
}


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(depth=st.integers(1, 4000), array=st.booleans())
@example(depth=10_000, array=False)
@example(depth=10_000, array=True)
@pytest.mark.parametrize("where", sorted(_SNIFFED))
def test_a_deep_object_on_the_first_line_is_refused_naming_the_file(
    where: str,
    depth: int,
    array: bool,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A first line ``{"a":{"a":...`` 10,000 deep (no ``.jsonl`` in the name) ended in the
    last-resort line, ``input nested too deeply (RecursionError: ...); please report this``,
    naming no file: the sniffing of JSON Lines (``json.loads`` of the first line) caught a
    ValueError only. It is the JSON Lines reader's refusal, naming the file and line 1."""
    inner = "[" * depth + "]" * depth if array else "1"
    nest = 1 if array else depth
    data = (
        '{"a":' * nest + inner + "}" * nest + "\nhttps://item.taobao.com/item.htm?id=1\n"
    ).encode()
    hostile = tmp_path / "urls.txt"
    hostile.write_bytes(data)
    _stdin(monkeypatch, data)
    argv = [str(hostile) if a == "FILE" else a for a in _SNIFFED[where]]
    code, err = _cli(argv, capsys)
    name = "<stdin>" if "-" in _SNIFFED[where] else str(hostile)
    _refused(code, err, name)


# ---------------------------------------------------------------- blank lines in a CSV history

_HISTORY = (EXAMPLES / "history.csv").read_text(encoding="utf-8").splitlines()
_RUNS = st.sampled_from([0, 1, 2, 63, 64, 65, 200, 5_000])


def _padded(runs: list[tuple[int, int]], bad: int | None = None) -> tuple[str, int | None]:
    """The example history with ``runs`` of blank lines ((after line i, how many); runs
    after the same line make one run of their sum) and, with ``bad``, a row of a bad date
    after line ``bad``; and the line that row is on."""
    lines = list(_HISTORY)
    extra: dict[int, int] = {}
    for at, n in runs:  # never before the header
        where = at % len(lines) or 1
        extra[where] = extra.get(where, 0) + n
    out: list[str] = []
    bad_line = None
    for i, line in enumerate(lines, start=1):
        out.append(line)
        out.extend([""] * extra.get(i, 0))
        if bad is not None and i == bad % len(lines) + 1:
            out.append("complaint,2023-02-30,X-BAD,taobao,tm_counterfeit,1,1,0,0,0,0,0,")
            bad_line = len(out)
    return "\n".join(out) + "\n", bad_line


@pytest.mark.no_cover
@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    runs=st.lists(st.tuples(st.integers(0, 700), _RUNS), max_size=4),
    bad=st.none() | st.integers(0, 700),
)
@example(runs=[(1, 5_000)], bad=None)  # blank lines right after the header
@example(runs=[(len(_HISTORY), 64)], bad=None)  # at the end
@example(runs=[(3, 64), (4, 65)], bad=3)  # two runs, an error between them
@example(runs=[(0, 1), (0, 0)], bad=None)  # two runs after one line: the last one was kept
def test_runs_of_blank_lines_in_a_history_change_nothing(
    runs: list[tuple[int, int]],
    bad: int | None,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A CSV history padded with runs of blank lines reads as the same history, and an error
    after them names its own line."""
    plain, _ = _padded([], None)
    padded, bad_line = _padded(runs, bad)
    (tmp_path / "plain.csv").write_text(_padded([], bad)[0], encoding="utf-8")
    (tmp_path / "padded.csv").write_text(padded, encoding="utf-8")
    argv = ["good-faith", "--as-of", "2023-06-30", "--format", "json"]
    want = _cli_out([*argv, str(tmp_path / "plain.csv")], capsys)
    got = _cli_out([*argv, str(tmp_path / "padded.csv")], capsys)
    if bad_line is None:  # the same exit code, report (stdout) and stderr
        assert got == want and got[0] in (0, 1) and got[1].startswith("{"), got[2]
        assert plain != padded or not any(n for _, n in runs)
    else:
        _refused(got[0], got[2], str(tmp_path / "padded.csv"), bad_line)


def test_a_history_of_20_million_blank_lines_is_read_in_seconds(tmp_path: Path) -> None:
    """A 20 KB gzip of 20 MiB of blank lines after the header (a decompression bomb, or an
    export padded with empty lines) read each blank line on the line by line path: over
    20 s of CPU (a 200 MiB one ran for minutes), where a history of 2 million rows takes
    1.5 s. Runs of blank lines are now counted, not read: a fraction of a second."""
    import gzip
    import resource
    import subprocess
    import sys

    head = "\n".join(_HISTORY[:30]) + "\n"
    path = tmp_path / "padded.csv.gz"
    with gzip.open(path, "wb", compresslevel=1) as out:
        out.write(head.encode())
        for _ in range(20):
            out.write(b"\n" * (1 << 20))

    def cpu_cap() -> None:  # 8 s of CPU at most (the fix takes about 0.3 s)
        resource.setrlimit(resource.RLIMIT_CPU, (8, 8))

    src = str(Path(__file__).resolve().parents[2] / "src")
    done = subprocess.run(
        [sys.executable, "-m", "ipprules", "good-faith", str(path), "--as-of", AS_OF],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PYTHONPATH": src, "PATH": "/usr/bin:/bin"},
        preexec_fn=cpu_cap,
        check=False,
    )
    assert done.returncode in (0, 1), (done.returncode, done.stderr[-500:])
    assert "Traceback" not in done.stderr
    assert "Good Faith standing" in done.stdout


# ---------------------------------------------------------------- a header of 100,000 cells


def _capped_cli(argv: list[str], cpu_seconds: int = 10) -> tuple[int, str]:
    """The CLI as a subprocess under a CPU-time cap (the SIGXCPU kill is a negative code)."""
    import resource
    import subprocess
    import sys

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds))

    src = str(Path(__file__).resolve().parents[2] / "src")
    done = subprocess.run(
        [sys.executable, "-m", "ipprules", *argv],
        capture_output=True,
        text=True,
        timeout=180,
        env={"PYTHONPATH": src, "PATH": "/usr/bin:/bin"},
        preexec_fn=cap,
        check=False,
    )
    return done.returncode, done.stderr


@pytest.mark.parametrize(
    ("command", "header", "row", "said"),
    [
        # each unknown column was placed by csv_cell_at, walking the header from its first
        # cell: 20,000 columns took 158 s, 400,000 ran for hours
        (
            ["penalties", "FILE", "--platform", "aliexpress", "--as-of", AS_OF],
            "date,kind" + ",x" * 100_000,
            "2024-01-02,general" + ",1" * 100_000,
            "FILE:1:11: $: unknown column 'x'",
        ),
        # the column named twice was found with header.count(cell) for every cell
        (
            ["plan", "FILE", *_PLAN],
            "url" + ",x" * 100_000,
            "https://item.taobao.com/item.htm?id=606832683299" + ",1" * 100_000,
            "FILE:1:200003: $: the column 'x' is named twice",
        ),
    ],
    ids=["penalties", "plan"],
)
def test_a_header_of_100_000_cells_is_refused_in_seconds(
    command: list[str], header: str, row: str, said: str, tmp_path: Path
) -> None:
    path = tmp_path / "wide.csv"
    path.write_text(header + "\n" + row + "\n", encoding="utf-8")
    code, err = _capped_cli([str(path) if a == "FILE" else a for a in command])
    assert code == 2, (code, err[-300:])
    assert err.startswith("ipprules: error: " + said.replace("FILE", str(path))), err[:300]
    assert "Traceback" not in err


_CELL = st.text(st.sampled_from('ab,"\n\r;'), max_size=6)


@given(
    cells=st.lists(_CELL, min_size=1, max_size=8),
    indexes=st.lists(st.integers(-1, 10), max_size=6),
    bom=st.booleans(),
    line=st.integers(1, 5),
)
@example(cells=["a", "b\nc", "d"], indexes=[3, 1, 2], bom=False, line=1)
def test_csv_cells_at_places_each_cell_as_csv_cell_at(
    cells: list[str], indexes: list[int], bom: bool, line: int
) -> None:
    """The many-cell form gives, for each index, what placing that cell alone gives."""
    import csv

    from ipprules._files import csv_cell_at, csv_cells_at

    text = io.StringIO()
    csv.writer(text, lineterminator="\n").writerow(cells)
    record = ("\ufeff" if bom else "") + text.getvalue()
    lines = record.splitlines(keepends=True)
    got = csv_cells_at(lines, indexes, line)
    assert got == {i: csv_cell_at(lines, i, line) for i in indexes}


_RELOCATE = """
import sys
from pathlib import Path
from ipprules.errors import InputError
from ipprules.scale._goodfaith import _header_relocated
columns = ["type", "date"] + ["x"] * 30_000
path = Path(sys.argv[1])
path.write_text(",".join(columns) + "\\n", encoding="utf-8")
column = len(",".join(columns[:-1])) + 2  # the last cell, as the account's file wrote it
exc = InputError("unknown column 'x'", path="$", file="a.csv", line=1, column=column)
print(_header_relocated(exc, columns, [(str(path), 1, ",")]))
"""


def test_a_wide_header_is_placed_in_the_first_file_in_seconds(tmp_path: Path) -> None:
    """The Dask Good Faith reader says a header error at the header of the first input file
    (``_header_relocated``): it placed each of the header's cells one by one, from the first
    (30,000 cells, under the 64 KiB a header may hold: minutes). In one pass now."""
    import resource
    import subprocess
    import sys

    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_CPU, (10, 10))

    path = tmp_path / "h.csv"
    done = subprocess.run(
        [sys.executable, "-c", _RELOCATE, str(path)],
        capture_output=True,
        text=True,
        timeout=180,
        env={
            "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src"),
            "PATH": "/usr/bin:/bin",
        },
        preexec_fn=cap,
        check=False,
    )
    assert done.returncode == 0, (done.returncode, done.stderr[-300:])
    assert done.stdout.strip() == f"{path}:1:60009: $: unknown column 'x'"
