"""A new user tries scale-out and the performance page as written (newuser21): what the help
of ``ipprules plan`` says its ``--out`` writes with ``--workers``/``--scheduler``."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from _scripts import load
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


SCALE = load("benchmarks/scale.py")


@settings(max_examples=40, deadline=None, derandomize=True)
@given(n=st.integers(1, 60), distinct=st.integers(0, 80))
def test_the_scale_benchmark_says_the_texts_it_wrote(n: int, distinct: int) -> None:
    """``python benchmarks/scale.py --n 100000`` printed "wrote 100,000 URLs (1,000,000
    distinct texts, repeated in order)": the default ``--distinct``, not what was made. Here
    the files ``write_urls`` writes (chunks of 10 cheap texts) are read back and counted."""
    import pyarrow.parquet as pq

    with pytest.MonkeyPatch.context() as patch, tempfile.TemporaryDirectory() as folder:
        patch.setattr(SCALE, "_CHUNK", 10)
        patch.setattr(SCALE, "_BUILT", {})
        patch.setattr(SCALE, "build", lambda size, seed: [f"u{seed}-{i}" for i in range(size)])
        paths = SCALE.write_urls(folder, n, 7, 1, distinct)
        texts = [t for path in paths for t in pq.read_table(path).column("url").to_pylist()]
        said = SCALE.built_made(n, distinct)
    assert len(texts) == n
    made = len(set(texts))
    assert said.startswith(f"{made:,} texts generated, "), (said, made)
    assert said.endswith("repeated in order") == (made < n), said


def test_a_folder_of_plans_without_the_dask_flags_says_they_read_it(tmp_path: Path) -> None:
    """``ipprules plan FILE --account plans/`` (the Scaling out page's folder of plan files
    named after the accounts) without ``--workers``: it said ``not a regular file (a
    directory); give a file or - for stdin``."""
    (tmp_path / "lumen.toml").write_text(Path("examples/plan.toml").read_text("utf-8"), "utf-8")
    code, out, err = _run("plan", "examples/urls.txt", "--account", str(tmp_path))
    assert code == 2 and out == "", out
    assert "a folder of plan files" in err and "--workers" in err, err
    assert err.startswith(f"ipprules: error: {tmp_path}: "), err
