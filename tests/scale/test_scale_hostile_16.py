"""Hostile use of the Dask surfaces (round 16): each a clear end (one line, the right exit
code, nothing half written left to read as a result) or the same answer as one machine."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import tomllib
from pathlib import Path
from typing import Any

import pytest

from _signals import default_sigint

pytest.importorskip("dask.dataframe")
pytest.importorskip("distributed")

from ipprules.scale import cli as scale_cli

URL = "https://item.taobao.com/item.htm?id={}"


# ------------------------------------------------------------- a failed run's output


def test_a_failed_run_empties_the_out_directory_that_existed_empty(tmp_path: Path) -> None:
    """``--out`` an empty directory (``_check_out`` refuses any other): a failed or
    interrupted run left its partitions there, to be read as a whole result."""
    out = tmp_path / "out"
    out.mkdir()

    def interrupted() -> None:
        with scale_cli._partial_output_removed(str(out)):
            (out / "part.3.parquet").write_bytes(b"half")
            (out / "part.7.parquet").write_bytes(b"half")
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        interrupted()
    assert out.is_dir()
    assert list(out.iterdir()) == []


def test_a_failed_plan_run_removes_what_it_wrote_and_keeps_the_rest(tmp_path: Path) -> None:
    """``plan --out DIR``: DIR may hold other things (kept); ``outcomes`` and ``complaints``
    are the run's (new: removed; there and empty when it began: emptied)."""
    out = tmp_path / "out"
    (out / "outcomes").mkdir(parents=True)
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    parts = ("outcomes", "complaints")

    def failed() -> None:
        with scale_cli._partial_output_removed(str(out), parts):
            (out / "outcomes" / "part.0.parquet").write_bytes(b"half")
            (out / "complaints").mkdir()
            (out / "complaints" / "part.0.parquet").write_bytes(b"half")
            raise RuntimeError("a worker failed")

    with pytest.raises(RuntimeError):
        failed()
    assert sorted(p.name for p in out.iterdir()) == ["notes.txt", "outcomes"]
    assert list((out / "outcomes").iterdir()) == []
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"


@pytest.mark.usefixtures("synchronous")  # it started a cluster of its own (scale14)
def test_a_failed_plan_run_into_an_existing_directory_leaves_no_empty_parts(
    tmp_path: Path,
) -> None:
    """Through the command: a bad cell stops the run; ``DIR`` existed, so it stays, but the
    ``outcomes``/``complaints`` directories the run made go (they were left, empty)."""
    from ipprules.cli import main

    rows = tmp_path / "rows.csv"
    rows.write_text(
        "account,url,confidence\n"
        f"lumen,{URL.format(690091011924)},0.9\n"
        f"lumen,{URL.format(690091011925)},2\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    out.mkdir()
    plan = Path(__file__).parents[2] / "examples" / "plan.toml"
    argv = ["plan", str(rows), "--account", str(plan), "--reason", "tm_counterfeit"]
    argv += ["--right", "tm-cn-9", "--as-of", "2026-11-23", "--workers", "1", "--out", str(out)]
    assert main(argv) == 2
    assert out.is_dir()
    assert list(out.iterdir()) == []


# ------------------------------------------------------------- Ctrl-C


def test_ctrl_c_during_a_workers_run_is_one_line_and_no_output(tmp_path: Path) -> None:
    """SIGINT to the command's process group (what Ctrl-C in a terminal does) mid-run: exit
    code 130, the command's one line, no traceback from the worker processes (each printed
    a ``KeyboardInterrupt``) or from the client's abandoned waits, and the existing ``--out``
    directory left as it was (empty), not holding the partitions written so far. The command
    starts with SIGINT at its default, whatever the test run's own (see _signals.default_sigint)."""
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    # 12 partitions of 20,000 URLs: when the first is written, 11 remain (seconds of work
    # for the one worker, a margin the 0.05 s poll cannot miss); 40 parsed 3 times as many
    for f in range(12):
        lines = (URL.format(100_000_000_000 + f * 20_000 + i) for i in range(20_000))
        (crawl / f"f{f:02d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    argv = [sys.executable, "-m", "ipprules", "listings", f"{crawl}/*.txt", "--workers", "1"]
    run = subprocess.Popen(
        [*argv, "--out", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's foreground job
        env=env,
        preexec_fn=default_sigint,
    )
    try:
        deadline = time.monotonic() + 120
        while not any(out.iterdir()) and run.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        os.killpg(run.pid, signal.SIGINT)
        stdout, stderr = run.communicate(timeout=90)
    finally:
        if run.poll() is None:  # pragma: no cover - a hang: end it
            os.killpg(run.pid, signal.SIGKILL)
            run.communicate()
    assert run.returncode == 130, stderr
    assert stdout == ""
    assert "ipprules listings: interrupted" in stderr
    assert "Traceback" not in stderr
    assert "KeyboardInterrupt" not in stderr
    assert list(out.iterdir()) == []


# ------------------------------------------------------------- plan files by account


@pytest.mark.parametrize("names", [("lumen.toml", "lumen.json"), ("lumen.TOML", "lumen.json")])
def test_two_plan_files_for_one_account_are_refused(
    names: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--account DIR``: ``lumen.toml`` and ``lumen.json`` both plan account ``lumen``; the
    one sorted last won in silence (which one changed with the case of a suffix)."""
    from ipprules.cli import main

    example = (Path(__file__).parents[2] / "examples" / "plan.toml").read_text(encoding="utf-8")
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / names[0]).write_text(example, encoding="utf-8")
    as_json = json.dumps(tomllib.loads(example) | {"complaints": []}, default=str)
    (plans / names[1]).write_text(as_json, encoding="utf-8")
    rows = tmp_path / "rows.csv"
    rows.write_text(f"account,url\nlumen,{URL.format(690091011924)}\n", encoding="utf-8")
    argv = ["plan", str(rows), "--account", str(plans), "--as-of", "2026-11-23"]
    assert main([*argv, "--workers", "1"]) == 2
    err = capsys.readouterr().err
    assert f"{plans}: $: two plan files for account 'lumen': " in err
    assert names[0] in err and names[1] in err


def test_each_account_is_planned_as_of_its_own_plan(
    tmp_path: Path, synchronous: None, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--account DIR`` without ``--as-of``: the command without the flags plans an account
    as of its plan's ``as_of``; here every account was planned as of today, so a plan dated
    before its right was registered had its line planned (one machine rejects it)."""
    from ipprules.cli import main

    example = (Path(__file__).parents[2] / "examples" / "plan.toml").read_text(encoding="utf-8")
    assert "\nas_of = 2026-11-23\n" in example
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "lumen.toml").write_text(example, encoding="utf-8")
    old = example.replace("\nas_of = 2026-11-23\n", "\nas_of = 2016-01-01\n")
    (plans / "old.toml").write_text(old, encoding="utf-8")
    url = "https://detail.tmall.com/item.htm?id=690091011924"
    common = ["--reason", "tm_counterfeit", "--right", "tm-cn-9", "--format", "json"]
    alone = {}
    for account in ("lumen", "old"):  # each account alone, without the flags
        rows = tmp_path / f"{account}.csv"
        rows.write_text(f"url\n{url}\n", encoding="utf-8")
        main(["plan", str(rows), "--account", str(plans / f"{account}.toml"), *common])
        done = json.loads(capsys.readouterr().out)
        alone[account] = (str(done["as_of"]), done["counts"])
    assert alone == {
        "lumen": ("2026-11-23", {"planned": 1, "duplicate": 0, "rejected": 0}),
        "old": ("2016-01-01", {"planned": 0, "duplicate": 0, "rejected": 1}),
    }
    rows = tmp_path / "rows.csv"
    rows.write_text(f"account,url\nlumen,{url}\nold,{url}\n", encoding="utf-8")
    out = tmp_path / "out"
    argv = ["plan", str(rows), "--account", str(plans), *common, "--out", str(out)]
    assert main([*argv, "--workers", "1"]) == 1
    said = json.loads(capsys.readouterr().out)
    assert said["counts"] == {"planned": 1, "duplicate": 0, "rejected": 1}
    assert said["as_of"] is None
    assert said["plans_as_of"] == ["2016-01-01", "2026-11-23"]
    import pandas as pd

    outcomes = pd.read_parquet(out / "outcomes").sort_values("account")
    assert outcomes[["account", "status"]].values.tolist() == [
        ["lumen", "planned"],
        ["old", "rejected"],
    ]


def test_the_summary_names_the_reading_the_plans_were_planned_under(
    tmp_path: Path, synchronous: None, capsys: pytest.CaptureFixture[str]
) -> None:
    """A plan that names its reading (``interpretation = "official"``) is planned under it
    when no ``--interpretation`` is given, with or without the flags; the summary with them
    said the book's default ("interpretation brief")."""
    from ipprules.cli import main

    example = (Path(__file__).parents[2] / "examples" / "plan.toml").read_text(encoding="utf-8")
    official = example.replace(
        "\nas_of = 2026-11-23\n", '\nas_of = 2026-11-23\ninterpretation = "official"\n'
    )
    assert official != example
    plan = tmp_path / "official.toml"
    plan.write_text(official, encoding="utf-8")
    url = "https://detail.tmall.com/item.htm?id=690091011924"
    common = ["--reason", "tm_counterfeit", "--right", "tm-cn-9", "--format", "json"]
    alone = tmp_path / "alone.csv"
    alone.write_text(f"url\n{url}\n", encoding="utf-8")
    main(["plan", str(alone), "--account", str(plan), *common])
    assert json.loads(capsys.readouterr().out)["interpretation"] == "official"
    rows = tmp_path / "rows.csv"
    rows.write_text(f"account,url\nlumen,{url}\n", encoding="utf-8")
    main(["plan", str(rows), "--account", str(plan), *common, "--workers", "1"])
    assert json.loads(capsys.readouterr().out)["interpretation"] == "official"
    plans = tmp_path / "plans"
    plans.mkdir()
    (plans / "lumen.toml").write_text(official, encoding="utf-8")
    (plans / "other.toml").write_text(example, encoding="utf-8")
    main(["plan", str(rows), "--account", str(plans), *common[:-2], "--workers", "1"])
    said = capsys.readouterr().out
    assert "interpretation brief or official (each plan's own)" in said


# ------------------------------------------------------------- text lines as one machine


@pytest.mark.parametrize("blocksize", [4, 1 << 20])
def test_a_line_ending_in_two_carriage_returns_keeps_one_as_on_one_machine(
    tmp_path: Path, blocksize: int, capsys: pytest.CaptureFixture[str]
) -> None:
    """``x\\r\\r\\n`` (a CRLF file converted to CRLF once more): one machine removes the
    ``\\r\\n`` and keeps ``x\\r`` as the input; the Dask reader dropped every ``\\r``, so the
    ``input`` column differed from the command's rows."""
    import dask

    from ipprules.cli import main
    from ipprules.scale import read_urls

    source = tmp_path / "urls.txt"
    source.write_bytes(b"https://item.taobao.com/item.htm?id=606832683299\r\r\nx\r\r\nlast\r\r\r\n")
    assert main(["listings", str(source), "--format", "json"]) == 1
    want = [row["input"] for row in json.loads(capsys.readouterr().out)["results"]]
    assert want == ["https://item.taobao.com/item.htm?id=606832683299\r", "x\r", "last\r\r"]
    with dask.config.set(scheduler="synchronous"):
        got = read_urls(source, blocksize=blocksize).compute()["url"].tolist()
    assert got == want


# ------------------------------------------------------------- read_histories arguments

HISTORY = Path(__file__).parents[2] / "examples" / "history-accounts.csv"


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ("account", r"require_columns must be a list or tuple of str, not a single str"),
        ([1], r"require_columns\[0\] must be a str, got int"),
    ],
)
def test_require_columns_of_a_wrong_type_is_a_type_error(given: Any, message: str) -> None:
    """A str was read letter by letter (``InputError: no column 'a'``), a list of numbers was
    an ``InputError`` too: wrong Python types are ``TypeError``s."""
    from ipprules.scale import read_histories

    with pytest.raises(TypeError, match=message):
        read_histories(HISTORY, require_columns=given)


def test_require_columns_from_a_generator_are_all_checked() -> None:
    """A generator was used up by the first of its two readings: its columns went
    unchecked, and a missing one was read as if it were there."""
    from ipprules.errors import InputError
    from ipprules.scale import read_histories

    with pytest.raises(InputError, match=r"history-accounts\.csv:1: \$: no column 'nosuch'"):
        read_histories(HISTORY, require_columns=(name for name in ["account", "nosuch"]))


@pytest.mark.parametrize("kind", ["csv", "parquet"])
def test_a_lines_column_the_files_have_is_refused(kind: str, tmp_path: Path) -> None:
    """``lines="account"`` replaced every row's account by its line number, in silence."""
    import pandas as pd

    from ipprules.errors import InputError
    from ipprules.scale import read_histories

    path: Path = HISTORY
    if kind == "parquet":
        path = tmp_path / "rows.parquet"
        pd.DataFrame({"account": ["a"], "url": ["u"]}).to_parquet(path)
    with pytest.raises(InputError, match=r"lines: the files have a column 'account' already"):
        read_histories(path, lines="account")
    rows = read_histories(path, lines="line").compute(scheduler="synchronous")  # guard
    assert rows["account"].iloc[0] in ("acme", "a")


# ------------------------------------------------------------- plan_accounts arguments


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"line": "account"}, r"line: 'account' is the column of the accounts"),
        ({"line": "url"}, r"line: 'url' is the column of the URLs"),
        ({"line": "notes"}, r"line: the column 'notes' holds \S+ values, not line numbers"),
        ({"column": "account"}, r"account and column both name 'account'"),
    ],
)
def test_plan_accounts_refuses_a_column_named_for_two_things(
    options: dict[str, str], message: str
) -> None:
    """``line`` naming the account or URL column was an ``AttributeError`` from a worker, a
    column of text a ``ValueError`` from ``int()``; ``column`` naming the account column
    said "the column 'url' is named twice". Now refused when the graph is built."""
    import dask.dataframe as dd
    import pandas as pd

    from ipprules.checks import read_plan
    from ipprules.errors import InputError
    from ipprules.planner import Settings
    from ipprules.scale import plan_accounts

    plan = read_plan(Path(__file__).parents[2] / "examples" / "plan.toml")
    url = "https://detail.tmall.com/item.htm?id=690091011924"
    rows = pd.DataFrame(
        {"account": ["lumen"] * 2, "url": [url] * 2, "n": [7, 9], "notes": ["a", "b"]}
    )
    source = dd.from_pandas(rows, npartitions=1)
    settings = Settings(reason="tm_counterfeit", right="tm-cn-9")
    with pytest.raises(InputError, match=message):
        plan_accounts(source, plan, as_of="2026-11-23", settings=settings, **options)
    planned = plan_accounts(source, plan, as_of="2026-11-23", settings=settings, line="n")
    lines = planned.outcomes.compute(scheduler="synchronous")["line"].tolist()  # guard
    assert lines == [7, 9]


@pytest.mark.parametrize(("account", "error"), [(1, TypeError), ("", "InputError")])
def test_standings_account_of_a_wrong_type_or_blank(account: Any, error: Any) -> None:
    """``account=1`` was ``InputError: no column 1``: a wrong Python type is a TypeError; a
    blank name says so (it was "no column ''")."""
    from ipprules.errors import InputError
    from ipprules.scale import standings

    kind = InputError if error == "InputError" else error
    match = "account must be a str, got int" if kind is TypeError else "account must not be empty"
    with pytest.raises(kind, match=match):
        standings(HISTORY, "2023-03-31", account=account)


# ------------------------------------------------------------- files rewritten after listing


def test_a_csv_file_rewritten_after_it_was_listed_is_refused(tmp_path: Path) -> None:
    """Its header was read when the graph was built (the URL column found by its place):
    rewritten with its columns in another order, the worker read the notes as the URLs,
    without a word (text files were refused; CSV and Parquet files were not checked)."""
    import dask

    from ipprules.errors import InputError
    from ipprules.scale import parse_urls

    path = tmp_path / "urls.csv"
    url = URL.format(606832683299)
    path.write_text(f"url,note\n{url},first\n", encoding="utf-8")
    frame = parse_urls(str(path), dedupe=False)
    path.write_text(f"note,url\nsecond one,{url}\n", encoding="utf-8")
    with (
        pytest.raises(InputError, match=r"urls\.csv: \$: the file changed while it was read"),
        dask.config.set(scheduler="synchronous"),
    ):
        frame.compute()


def test_a_parquet_file_rewritten_after_it_was_listed_is_refused(tmp_path: Path) -> None:
    """A Parquet file rewritten with more rows: read as it was then, not as listed."""
    import dask
    import pyarrow as pa
    import pyarrow.parquet as pq

    from ipprules.errors import InputError
    from ipprules.scale import parse_urls

    path = tmp_path / "urls.parquet"
    pq.write_table(pa.table({"url": [URL.format(606832683299)]}), path)
    frame = parse_urls(str(path))
    pq.write_table(pa.table({"url": [URL.format(606832683299 + i) for i in range(50)]}), path)
    with (
        pytest.raises(InputError, match=r"urls\.parquet: \$: the file changed while it was read"),
        dask.config.set(scheduler="synchronous"),
    ):
        frame.compute()


@pytest.mark.parametrize("kind", ["csv", "parquet"])
def test_a_history_rewritten_after_it_was_listed_is_refused(kind: str, tmp_path: Path) -> None:
    """``read_histories`` (``standings``, ``plan --workers``): the header was read when the
    graph was built; a CSV rewritten with its columns in another order was read under the
    old names (each row's account was its type), without a word."""
    import dask
    import pandas as pd

    from ipprules.errors import InputError
    from ipprules.scale import read_histories

    cells = ["complaint", "2023-03-01", "taobao", "tm_counterfeit", "300", "100", "200"]
    names = ["type", "date", "platform", "reason_code", "listings", "taken_down", "rejected"]
    path = tmp_path / f"history.{kind}"

    def write(columns: list[str], rows: list[list[str]]) -> None:
        if kind == "csv":
            text = "\n".join(",".join(r) for r in [columns, *rows]) + "\n"
            path.write_text(text, encoding="utf-8")
        else:
            pd.DataFrame(rows, columns=columns).to_parquet(path)

    write(["account", *names], [["a", *cells]])
    rows = read_histories(path)
    write([*names[:1], "account", *names[1:]], [[cells[0], "b", *cells[1:]]] * 2)
    with (
        pytest.raises(InputError, match=rf"history\.{kind}: \$: the file changed while it was"),
        dask.config.set(scheduler="synchronous"),
    ):
        rows.compute()
