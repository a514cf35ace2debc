"""The benchmark scripts measure a user's own inputs (``--input``, ``--history``): the file's
lines are what is measured, every one of them, and a bad file is a one-line exit naming it.
Tiny sizes: the figures are printed, not checked (timings are never tests)."""

from __future__ import annotations

import ast
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from _scripts import load, young_gc_only  # noqa: F401  (a fixture)

#: benchmark scripts run in this process: no full collections of the suite's heap
pytestmark = pytest.mark.usefixtures("young_gc_only")

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
LISTINGS = load("benchmarks/listings.py")


def test_read_input_reads_lines_as_ipprules_listings_does(tmp_path: Path) -> None:
    """Every non-blank line as it is (CRLF removed, blank lines skipped, as ``ipprules
    listings`` reads them)."""
    path = tmp_path / "urls.txt"
    path.write_bytes(b"a\r\n\n  b  \nhttps://x\xe6\xb7\x98/\nlast")
    assert LISTINGS.read_input(str(path)) == ["a", "  b  ", "https://x淘/", "last"]
    assert LISTINGS.read_input(str(path), 2) == ["a", "  b  "]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"ok\n\xff\n", r"urls\.txt:2:1: \$: not UTF-8"),
        (b"", r"urls\.txt: no inputs to measure"),
    ],
)
def test_read_input_refuses_a_bad_file_naming_it(
    tmp_path: Path, content: bytes, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """One line naming the file on stderr and exit code 2, as ``ipprules`` does on bad input
    (the scripts exited with 1)."""
    path = tmp_path / "urls.txt"
    path.write_bytes(content)
    missing = r"nowhere\.txt: \$: cannot read the file: No such file"
    for name, expected in (("urls.txt", message), ("nowhere.txt", missing)):
        with pytest.raises(SystemExit) as exit_:
            LISTINGS.read_input(str(tmp_path / name))
        assert exit_.value.code == 2
        said = capsys.readouterr().err
        assert re.fullmatch(rf"\S*{expected}[^\n]*\n", said), said


def _check_listings(path: str, out: str) -> None:
    """``listings.py --input FILE``: every line of the file measured and accounted for."""
    lines = (ROOT / path).read_text(encoding="utf-8").splitlines()
    head = re.search(rf"file '{re.escape(path)}': (\d+) inputs \((\d+) distinct\): (.*)", out)
    assert head is not None, out
    assert int(head[1]) == len(lines)
    kinds = ast.literal_eval(head[3])  # a dict printed by the script
    assert sum(kinds.values()) == len(lines)
    assert "target parse_listings >= 1,000,000 URLs/s" in out
    targets = [line for line in out.splitlines() if line.startswith("  target ")]
    assert targets and all(f"no verdict ({len(lines)} inputs measured" in t for t in targets)
    assert f"kernel rows identical to parse_listing: {len(lines)} of {len(lines)}" in out
    n = len(lines)
    assert f"conservation: {n} results for {n} inputs, each input once and in order -> met" in out


def test_listings_benchmark_judges_sizes_and_conservation(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The verdicts by size and the conservation check (the file's run: the documented
    command, :func:`_check_listings`); ``--by-category`` on a file is refused."""
    assert LISTINGS.sized_verdict(True, LISTINGS.MIN_INPUTS) == "met"
    assert LISTINGS.sized_verdict(False, LISTINGS.MIN_INPUTS) == "NOT met"
    assert LISTINGS.sized_verdict(True, LISTINGS.MIN_INPUTS - 1).startswith("no verdict")
    # checked, not assumed: an input left out, one given twice, or out of order is NOT met
    for indexes in ([0, 2], [0, 1, 1], [1, 0, 2], [0, 1, 2, 3]):
        assert LISTINGS.conservation(["a", "b", "c"], indexes).endswith("-> NOT met")
    assert LISTINGS.conservation(["a", "b", "c"], [0, 1, 2]).endswith("-> met")
    with pytest.raises(SystemExit) as exit_:
        LISTINGS.main(["--input", str(EXAMPLES / "urls.txt"), "--by-category"])
    assert exit_.value.code == 2
    assert "--by-category needs the built mixes" in capsys.readouterr().err


def _check_plan(path: str, out: str) -> None:
    """``plan.py --input FILE``: the file's lines timed, every one accounted for, and the
    memory and CLI figures over its first tenth, the whole file and the tenth repeated."""
    n = len((ROOT / path).read_text(encoding="utf-8").splitlines())
    tenth = n // 10
    assert f"1. time: {n} lines" in out
    counts = re.search(r"lines: (\{.*?\}), complaints", out)
    assert counts is not None
    assert sum(ast.literal_eval(counts[1]).values()) == n
    assert re.search(
        rf"conservation: {n} outcomes on {n} distinct lines for {n} lines, "
        r"streamed counts the same; errors in the emitted complaints: 0 -> met",
        out,
    )
    assert re.search(rf"^ +{tenth} lines +{tenth} ", out, re.MULTILINE)  # the first tenth
    assert re.search(rf"^ +{n} lines +{n} ", out, re.MULTILINE)  # the whole file
    assert re.search(rf"^ +the {tenth} lines x{n // tenth} +{n} ", out, re.MULTILINE)
    assert f"{n // tenth}x the lines took" in out


def test_plan_benchmark_refuses_a_file_too_short_for_its_tenth(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The file's run is the documented command's (:func:`_check_plan`); a file of fewer
    than 10 lines has no first tenth to measure: refused, exit code 2."""
    plan = load("benchmarks/plan.py")
    short = tmp_path / "short.txt"
    short.write_text("a\nb\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        plan.main(["--input", str(short)])
    assert exit_.value.code == 2
    assert re.search(r"short\.txt: 2 line\(s\)", capsys.readouterr().err)


def test_plan_benchmark_refuses_a_file_the_cli_refuses_before_measuring(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A NUL byte (or anything else ``ipprules plan`` refuses) is one line naming the file,
    line and column, exit code 2, before any figure: the memory figures read the file
    through the library's reader and stopped with a traceback after the first ones."""
    plan = load("benchmarks/plan.py")
    lines = LISTINGS.build(30, 5, "pasted")
    lines[25] = "https://detail.tmall.com/item.htm?id=6123\x0045678901"
    path = tmp_path / "pile.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        plan.main(["--input", str(path), "--repeat", "1", "--skip", "time"])
    assert exit_.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert re.fullmatch(rf"{re.escape(str(path))}:26:\d+: .*NUL byte[^\n]*\n", captured.err)


def _check_good_faith(path: str, out: str) -> None:
    """``good_faith.py --history FILE``: the file's rows and its records measured."""
    bench = load("benchmarks/good_faith.py")
    from ipprules.goodfaith import iter_rows

    rows = sum(type(row) is tuple for row in iter_rows(ROOT / path))
    assert f"history CSV {path}: {bench.file_rows(str(ROOT / path)):,} rows" in out  # events too
    assert f"standing over {rows:,} records" in out
    assert re.search(rf"timeline \S+ \(\d+ days\) over {rows:,} records", out)
    assert "target: CSV with id column (this file)" in out


def test_a_history_without_ids_gets_no_verdict_on_the_id_column_target(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The target is for a CSV with an ``id`` column: a file without one was reported as
    "CSV with id column (this file)" and would have been judged at 10M rows. A CSV history
    the library reads whatever its suffix (``.txt``) gets its CSV figures too."""
    bench = load("benchmarks/good_faith.py")
    lines = (EXAMPLES / "history.csv").read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    at = header.index("id")
    no_ids = [",".join(c for i, c in enumerate(line.split(",")) if i != at) for line in lines]
    path = tmp_path / "export.txt"
    path.write_text("\n".join(no_ids) + "\n", encoding="utf-8")
    bench.main(["--history", str(path), "--rounds", "1", "--skip-standing", "--skip-timeline"])
    out = capsys.readouterr().out
    assert f"history CSV {path}:" in out
    assert "target: CSV with id column (this file)" not in out
    assert "target: CSV with id column, 10M rows: no verdict (this file has no id column" in out
    assert bench.has_id_column(str(EXAMPLES / "history.csv"))
    assert not bench.has_id_column(str(path))


def test_good_faith_benchmark_refuses_a_bad_history_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bench = load("benchmarks/good_faith.py")
    path = tmp_path / "bad.csv"
    path.write_text("type,date\ncomplaint,not-a-date\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        bench.main(["--history", str(path)])
    assert exit_.value.code == 2
    assert re.search(r"bad\.csv:2:\d+: ", capsys.readouterr().err)


def test_scale_benchmark_writes_the_files_lines_in_order(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    scale = load("benchmarks/scale.py")
    lines = [*LISTINGS.build(25, 3), "", "not a url"]
    paths = scale.write_given(str(tmp_path / "in"), lines, 10)
    assert [pq.read_table(p).num_rows for p in paths] == [10, 10, 7]
    read = [u for p in paths for u in pq.read_table(p).column("url").to_pylist()]
    assert read == lines


def _own_input_commands() -> list[list[str]]:
    """The commands of the Performance page's "On your own inputs" section, as argv."""
    page = (ROOT / "docs" / "performance.md").read_text(encoding="utf-8")
    section = page.split("## On your own inputs", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```text\n(.*?)```", section, re.DOTALL)
    assert block is not None
    return [shlex.split(line) for line in block[1].splitlines() if line.strip()]


#: What each documented command's output must show beyond a verdict, by script.
CHECKS = {
    "benchmarks/listings.py": _check_listings,
    "benchmarks/plan.py": _check_plan,
    "benchmarks/good_faith.py": _check_good_faith,
}
#: The documented commands run as real processes (``python benchmarks/...``): the scale
#: benchmark (its Dask cluster and worker processes); the others run in this process, through
#: the scripts' own ``main`` (the same arguments, the same output and exit code).
IN_A_PROCESS = {"benchmarks/scale.py"}


@pytest.mark.no_cover
def test_the_documented_own_input_commands_run_as_written(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    commands = _own_input_commands()
    scripts = {argv[1] for argv in commands}
    assert scripts == {
        f"benchmarks/{name}.py"
        for name in ("listings", "plan", "good_faith", "scale", "check", "reading")
    }
    monkeypatch.chdir(ROOT)  # the commands' files are named from the repository's root
    for argv in commands:
        if argv[1] == "benchmarks/scale.py":
            pytest.importorskip("distributed")
        for word in argv:
            if word.startswith("examples/"):
                assert (ROOT / word).is_file(), word
        if argv[1] in IN_A_PROCESS:
            done = subprocess.run(
                [sys.executable, *argv[1:]], cwd=ROOT, capture_output=True, text=True, timeout=300
            )
            code, out, err = done.returncode, done.stdout, done.stderr
        else:
            capsys.readouterr()
            try:
                load(argv[1]).main(argv[2:])
                code = 0
            except SystemExit as exc:
                code = exc.code if isinstance(exc.code, int) else 1
            out, err = capsys.readouterr()
        assert code == 0, (argv, err[-2000:])
        assert re.search(r"\b(met|no verdict)\b", out), argv  # a verdict, or none
        if argv[1] in CHECKS:
            option = "--input" if "--input" in argv else "--history"
            CHECKS[argv[1]](argv[argv.index(option) + 1], out)


def test_check_benchmark_measures_a_plan_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--plan FILE``: the user's plan, judged only at the stated 100,000 listings or more
    (per 100,000); a bad file is one line naming it and exit code 2."""
    bench = load("benchmarks/check.py")
    bench.main(["--plan", str(EXAMPLES / "plan.toml"), "--repeat", "1"])
    out = capsys.readouterr().out
    assert re.search(r"^plan: \d+ complaints, \d+ listings", out, re.MULTILINE)
    assert "no verdict (" in out and "the target is for 100,000)" in out
    bad = tmp_path / "plan.toml"
    bad.write_text("[account\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        bench.main(["--plan", str(bad)])
    assert exit_.value.code == 2
    said = capsys.readouterr().err
    assert said.count("\n") == 1 and said.startswith(str(bad)), said
    assert bench.sized_verdict(0.5, 50_000).startswith("no verdict")
    assert bench.sized_verdict(1.5, 200_000) == "met"  # 0.75 s per 100,000
    assert bench.sized_verdict(2.5, 200_000) == "NOT met"


def test_reading_benchmark_reads_the_users_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--input FILE``: the file's own lines (a cell over ``csv``'s default 128 KiB limit
    is no crash of the baseline); a file the reading layer refuses is one line, exit 2."""
    bench = load("benchmarks/reading.py")
    lines = [*LISTINGS.build(30, 7, "pasted"), "", "x" * 200_000]
    path = tmp_path / "urls.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    bench.main(["--input", str(path), "--rounds", "1"])
    out = capsys.readouterr().out
    assert out.startswith(f"{len(lines):,} lines, 1 rounds")
    assert f"target < 5%: no verdict ({len(lines):,} lines measured" in out  # was "met"
    assert bench.sized_verdict(0.01, 99_999).startswith("no verdict")
    assert bench.sized_verdict(0.049, 100_000) == "met"
    assert bench.sized_verdict(0.05, 1_000_000) == "NOT met"
    path.write_bytes(b"https://a.example/\nb\x00\n")
    with pytest.raises(SystemExit) as exit_:
        bench.main(["--input", str(path), "--rounds", "1"])
    assert exit_.value.code == 2
    assert re.fullmatch(
        rf"{re.escape(str(path))}:2:\d+: .*NUL byte[^\n]*\n", capsys.readouterr().err
    )


def test_good_faith_benchmark_reads_one_account_of_a_shared_history(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A history file with an ``account`` column holding several accounts was refused
    (the library asks for one): ``--account NAME`` measures that account's rows, and
    without it the account with most complaint records is measured (and named)."""
    bench = load("benchmarks/good_faith.py")
    from ipprules.goodfaith import iter_rows

    path = EXAMPLES / "history-accounts.csv"
    rows = sum(type(row) is tuple for row in iter_rows(path, account="acme"))
    # the timeline (and, without --account, the CSV figures) is not what is checked here
    argv = ["--history", str(path), "--rounds", "1", "--skip-timeline", "--account", "acme"]
    bench.main(argv)
    out = capsys.readouterr().out
    assert f"history CSV {path}: {bench.file_rows(str(path)):,} rows" in out  # every account's
    assert f"account 'acme': {rows:,} complaint records" in out
    assert f"standing over {rows:,} records" in out
    bench.main([*argv[:-2], "--skip-csv"])
    out = capsys.readouterr().out
    assert "measuring the largest, 'acme'" in out
    assert f"standing over {rows:,} records" in out
    assert bench.ACCOUNT is None  # each run's account is put back: the module is as found


def test_good_faith_csv_rates_are_per_row_of_the_file(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Every reader of the CSV figures reads the whole file, also when it keeps one account
    of a shared history: the rates are the file's rows over the time, not the kept account's
    records (which made a 300,000-row export with 180,000 of one account's records read at
    0.6x its real rate, the ``csv.reader`` baseline too)."""
    bench = load("benchmarks/good_faith.py")
    path = EXAMPLES / "history-accounts.csv"
    rows = len(path.read_text(encoding="utf-8").splitlines()) - 1
    assert bench.file_rows(str(path)) == rows

    def child(mode: str, _path: str) -> tuple[int, float, float]:
        return (0, rows / 1e6, 30.0)  # every reader: a million of the file's rows a second

    monkeypatch.setattr(bench, "child", child)
    argv = ["--history", str(path), "--rounds", "1", "--account", "acme"]
    bench.main([*argv, "--skip-standing", "--skip-timeline"])
    out = capsys.readouterr().out
    assert f"history CSV {path}: {rows:,} rows" in out
    assert f"({path.stat().st_size / 1e6:,.1f} MB; account 'acme': " in out
    readers = [line for line in out.splitlines() if " M/s " in line and "target" not in line]
    assert len(readers) == 3 and all("1.00 M/s" in line for line in readers), readers
    assert "(this file), 10M rows, >= 1.5M rows/s: 1.00 M/s" in out


def test_the_plan_benchmark_checks_conservation_and_the_complaints_it_emits() -> None:
    """Every line accounted for once and every emitted complaint free of errors is checked
    on the runs measured (before, the counts were printed and never compared)."""
    plan = load("benchmarks/plan.py")
    urls = LISTINGS.build(300, 5, "crawl")
    kept, streamed = plan.plan_keep(urls), plan.plan_stream(urls)
    assert plan.conservation(300, kept, streamed).endswith(
        "errors in the emitted complaints: 0 -> met"
    )
    assert plan.conservation(301, kept, streamed).endswith("-> NOT met")  # a line left out
    fewer = plan.plan_stream(urls[:-1])
    assert "streamed counts DIFFERENT" in plan.conservation(300, kept, fewer)


def test_the_plan_benchmarks_conservation_counts_the_complaints_errors_not_the_accounts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A user's ``--plan`` may hold errors of its own (``examples/plan.toml``: a right's
    document not accepted), which no line of the file makes: the conservation line counts the
    errors in the emitted complaints only (it said 4 errors and NOT met with 0 of them in the
    complaints; review20), and an error in a complaint still makes it NOT met."""
    from types import SimpleNamespace as Fake

    plan = load("benchmarks/plan.py")
    for name in ("ACCOUNT", "DAY", "SETTINGS"):  # use_plan sets them: put back after the test
        monkeypatch.setattr(plan, name, getattr(plan, name))
    plan.use_plan(str(EXAMPLES / "plan.toml"), "tm_counterfeit", "tm-cn-9")
    urls = LISTINGS.build(300, 5, "crawl")
    kept, streamed = plan.plan_keep(urls), plan.plan_stream(urls)
    assert kept.complaints and kept.report.counts()["error"] > 0
    assert all(not f.path.startswith("$.complaints") for f in kept.report.errors)
    said = plan.conservation(300, kept, streamed)
    assert said.endswith("errors in the emitted complaints: 0 -> met"), said
    finding = Fake(severity="error", path="$.complaints[0].documents")
    report = Fake(findings=[*kept.report.findings, finding])
    spoilt = Fake(
        outcomes=kept.outcomes, counts=kept.counts, complaints=kept.complaints, report=report
    )
    said = plan.conservation(300, spoilt, streamed)
    assert said.endswith("errors in the emitted complaints: 1 -> NOT met"), said
