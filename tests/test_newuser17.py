"""A new user's left-overs from newuser16 (newuser17).

1. A pipe that closes early (``ipprules check bad.toml 2>&1 | head -1``) no longer changes
   the exit code: an error line stderr refused raised out of the error handling, and an input
   error exited 1, not 2.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

_SRC = str(Path(__file__).resolve().parents[1] / "src")

# -------------------- 1. a pipe closed early keeps the exit code


def _closed_pipe_run(args: list[str], cwd: Path, *, stdout: bool) -> tuple[int, bytes]:
    """The exit code and the stderr of ``ipprules ARGS`` with stderr (and ``stdout``: stdout
    too, as ``2>&1 | head -1``) written to a pipe whose reader has gone away; stderr is
    returned only when it is not the closed pipe."""
    read, write = os.pipe()
    os.close(read)  # the reader went away before a line was written: every write fails
    try:
        done = subprocess.run(
            [sys.executable, "-m", "ipprules", *args],
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=write if stdout else subprocess.DEVNULL,
            stderr=subprocess.PIPE if stdout and args[0] == "listings" else write,
            env={**os.environ, "PYTHONPATH": _SRC},
            timeout=120,
            check=False,
        )
    finally:
        os.close(write)
    return done.returncode, done.stderr or b""


@pytest.mark.parametrize("stdout", [False, True])
@pytest.mark.parametrize(
    ("name", "text"),
    [("bad.toml", "x = \n"), ("missing.toml", None)],
)
def test_an_input_error_on_a_closed_pipe_exits_2(
    tmp_path: Path, name: str, text: str | None, stdout: bool
) -> None:
    if text is not None:
        (tmp_path / name).write_text(text, encoding="utf-8")
    code, _ = _closed_pipe_run(["check", name], tmp_path, stdout=stdout)
    assert code == 2


def test_a_long_output_cut_by_a_closed_pipe_keeps_the_command_s_exit_code(
    tmp_path: Path,
) -> None:
    urls = "".join(f"https://item.taobao.com/item.htm?id={10**11 + n}\n" for n in range(1, 20_001))
    (tmp_path / "big.txt").write_text(urls, encoding="utf-8")
    whole = subprocess.run(
        [sys.executable, "-m", "ipprules", "listings", "big.txt"],
        cwd=tmp_path,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": _SRC},
        timeout=120,
        check=False,
    )
    code, err = _closed_pipe_run(["listings", "big.txt"], tmp_path, stdout=True)
    assert code == whole.returncode == 0
    assert b"Traceback" not in err and b"Exception ignored" not in err and b"Broken" not in err


# -------------------- 2. a misspelt document kind in a plan gets a did-you-mean

_PLAN = Path(__file__).resolve().parents[1] / "examples" / "plan.toml"


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("trademark_certficate", "trademark_certificate"),
        ("Trademark-Certificate", "trademark_certificate"),
        ("business_registraton", "business_registration"),
    ],
)
def test_a_misspelt_document_kind_names_the_kind_meant(
    tmp_path: Path, typed: str, meant: str
) -> None:
    from ipprules.checks import check, read_plan

    text = _PLAN.read_text(encoding="utf-8")
    assert 'kind = "trademark_certificate"' in text
    plan = tmp_path / "plan.toml"
    plan.write_text(text.replace('kind = "trademark_certificate"', f'kind = "{typed}"'), "utf-8")
    report = check(read_plan(plan), as_of=dt.date(2026, 11, 23))
    said = [f.message for f in report.findings if f.code == "document-unknown"]
    wanted = f"{typed!r} is not a document of the rule book on 2026-11-23"
    ours = [m for m in said if m.startswith(wanted)]
    assert ours and all(m == f"{wanted} (did you mean {meant!r}?)" for m in ours)


# -------------------- 3. an --account no line is for names the accounts the file holds

_ACCOUNTS = Path(__file__).resolve().parents[1] / "examples" / "history-accounts.csv"


_COUNTS = ("listings", "taken_down", "rejected", "withdrawn", "pending", "reinstated")
_COUNTS += ("counter_rejected",)


def _as_jsonl(tmp_path: Path) -> Path:
    """examples/history-accounts.csv as JSON Lines (its filled cells)."""
    import csv
    import json

    with _ACCOUNTS.open(encoding="utf-8", newline="") as f:
        rows = [{k: v for k, v in row.items() if v} for row in csv.DictReader(f)]
    for row in rows:
        for key in _COUNTS:
            if key in row:
                row[key] = int(row[key])
    out = tmp_path / "history.jsonl"
    out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return out


@pytest.mark.parametrize("jsonl", [False, True])
@pytest.mark.parametrize(("typed", "meant"), [("acm", "acme"), ("Globex", "globex"), ("zz", None)])
def test_an_account_no_line_is_for_names_the_accounts_held(
    tmp_path: Path, typed: str, meant: str | None, jsonl: bool
) -> None:
    from ipprules.errors import InputError
    from ipprules.goodfaith import History

    source = _as_jsonl(tmp_path) if jsonl else _ACCOUNTS
    with pytest.raises(InputError) as caught:
        History.from_file(source, account=typed)
    said = str(caught.value)
    near = f" (did you mean {meant!r}?)" if meant else ""
    assert said.endswith(
        f"no line of the history is for account {typed!r} (names are compared exactly)"
        f"{near}; the history holds 2 accounts: 'acme', 'globex'"
    )


def test_many_accounts_are_cut_in_the_message(tmp_path: Path) -> None:
    from ipprules.errors import InputError
    from ipprules.goodfaith import History

    lines = ["type,date,account,id,platform,reason_code,listings,taken_down,rejected"]
    lines += [
        f"complaint,2023-01-05,shop{n:03},C-{n},tmall,tm_counterfeit,1,1,0" for n in range(40)
    ]
    history = tmp_path / "h.csv"
    history.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        History.from_file(history, account="shop0400")
    said = str(caught.value)
    assert "(did you mean 'shop040'?)" not in said  # shop040 is not in the file
    assert said.endswith(
        "; the history holds 40 accounts: "
        + ", ".join(repr(f"shop{n:03}") for n in range(10))
        + ", ... and 30 more"
    )


def test_the_cli_names_the_account_meant(capsys: pytest.CaptureFixture[str]) -> None:
    from ipprules.cli import main

    code = main(["good-faith", str(_ACCOUNTS), "--account", "acm", "--as-of", "2026-11-23"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1 and "(did you mean 'acme'?)" in err


# -------------------- 4. the Dask readers: a missing file's did-you-mean, a CSV of another kind

_EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
_PLAN_ARGS = ["--account", str(_EXAMPLES / "planner-account.toml"), "--as-of", "2026-11-23"]


@pytest.mark.parametrize("command", [["listings"], ["plan", *_PLAN_ARGS]])
def test_a_missing_file_under_workers_names_the_file_meant(
    tmp_path: Path, synchronous: None, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    from ipprules.cli import main

    urls = tmp_path / "urls.csv"
    urls.write_text("url\nhttps://item.taobao.com/item.htm?id=606832683299\n", "utf-8")
    typed = tmp_path / "urls.cs"
    code = main([command[0], str(typed), *command[1:], "--workers", "1"])
    err = capsys.readouterr().err
    assert code == 2
    assert err == (
        f"ipprules: error: {typed}: $: cannot read the file: No such file or directory "
        f"(did you mean {str(urls)!r}?)\n"
    )


def test_a_missing_history_of_the_dask_standings_names_the_file_meant(tmp_path: Path) -> None:
    pytest.importorskip("dask.dataframe")
    from ipprules.errors import InputError
    from ipprules.scale import standings

    (tmp_path / "history.csv").write_text(_ACCOUNTS.read_text("utf-8"), "utf-8")
    with pytest.raises(InputError) as caught:
        standings(str(tmp_path / "history.csc"), "2023-03-31")
    assert str(caught.value).endswith(f"(did you mean {str(tmp_path / 'history.csv')!r}?)")


@pytest.mark.parametrize(
    ("given", "what"),
    [
        ("history.csv", "a Good Faith history (for `ipprules good-faith`)"),
        ("violations-aliexpress.csv", "a violations file (for `ipprules penalties`)"),
    ],
)
def test_a_csv_of_another_kind_given_to_plan_under_workers_is_named(
    synchronous: None, capsys: pytest.CaptureFixture[str], given: str, what: str
) -> None:
    from ipprules.cli import main

    code = main(["plan", str(_EXAMPLES / given), *_PLAN_ARGS, "--workers", "1"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert err.endswith(f"): the file looks like {what}, not a list of listing URLs\n")
