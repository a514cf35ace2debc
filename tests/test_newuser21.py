"""A new user tries scale-out and the performance page as written (newuser21): what the help
of ``ipprules plan`` says its ``--out`` writes with ``--workers``/``--scheduler``."""

from __future__ import annotations

import re

import pytest

from test_newuser8 import _run


def test_plan_help_says_out_writes_parquet_with_the_dask_flags() -> None:
    """``ipprules listings --help`` says ``--out`` is Parquet with the Dask flags; ``ipprules
    plan --help`` named only the CSV files written without them, while ``--workers --out DIR``
    writes ``DIR/outcomes`` and ``DIR/complaints`` as Parquet."""
    code, out, _ = _run("plan", "--help")
    assert code == 0
    entry = re.search(r"^  --out DIR(.*?)\n  --", out, re.DOTALL | re.MULTILINE)
    assert entry is not None, out
    text = " ".join(entry.group(1).split())
    assert "Parquet" in text and "outcomes" in text and "complaints" in text, text
    assert "--workers" in text, text


@pytest.mark.parametrize("command", ["listings", "plan"])
@pytest.mark.parametrize("flag", [["--workers", "2"], ["--scheduler=tcp://10.0.0.5:8786"]])
def test_an_unquoted_glob_with_the_dask_flags_is_told_to_quote_it(
    command: str, flag: list[str]
) -> None:
    """``ipprules listings crawl/*.parquet --workers 2``, as a new user types it: the shell
    expands the glob, and the command said only ``only one FILE is taken``, though with the
    flags its FILE is the glob itself. Nothing starts: the refusal is argparse's."""
    account = ["--account", "examples/plan.toml"] if command == "plan" else []
    code, _, err = _run(command, "crawl/a.parquet", "crawl/b.parquet", *flag, *account)
    assert code == 2 and "only one" in err and "quote a glob" in err, err
    code, _, err = _run(command, "crawl/a.parquet", "crawl/b.parquet", *account)
    assert code == 2 and "only one" in err and "quote a glob" not in err, err


@pytest.mark.parametrize(
    ("argv", "glob"),
    [
        (["listings", "examples/*.txt"], "examples/*.txt"),
        (["listings", "examples/urls.tx?", "--dedupe"], "examples/urls.tx?"),
        (
            ["plan", "examples/planner-*.csv", "--account", "examples/planner-account.toml"],
            "examples/planner-*.csv",
        ),
    ],
)
def test_a_quoted_glob_without_the_dask_flags_says_they_read_it(argv: list[str], glob: str) -> None:
    """``ipprules listings 'examples/*.txt'``, the command of the Scaling out page without
    ``--workers``: it said ``cannot read the file: No such file or directory`` of a glob whose
    files are there. A glob matching nothing is still "cannot read the file"."""
    code, out, err = _run(*argv)
    assert code == 2 and out == "", out
    assert err.startswith(f"ipprules: error: {glob}: $: a glob of files is read with --workers"), (
        err
    )
    code, _, err = _run(argv[0], "nomatch/*.txt", *argv[2:])
    assert code == 2 and "cannot read the file" in err and "--workers" not in err, err
