"""A glob that matches a directory is refused, naming it: its files were skipped and nothing
said so (a Spark table is a directory named ``x.parquet``)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("dask.dataframe")

from ipprules.cli import main
from ipprules.errors import InputError
from ipprules.scale import read_urls
from ipprules.scale._listings import matching_paths

URL = "https://item.taobao.com/item.htm?id=606832683299\n"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(URL)
    (tmp_path / "sub.txt").mkdir()
    (tmp_path / "sub.txt" / "b.txt").write_text(URL)
    return tmp_path


@pytest.mark.parametrize("glob", ["*", "*.txt", "s*", "sub.tx?"])
def test_a_glob_matching_a_directory_is_refused_naming_it(tree: Path, glob: str) -> None:
    with pytest.raises(InputError) as caught:
        read_urls(str(tree / glob))
    problem = caught.value.problems[0]
    assert problem.file == str(tree / "sub.txt")
    assert "directory" in problem.message


def test_a_glob_of_files_only_and_a_directory_alone_are_read(tree: Path) -> None:
    assert matching_paths(str(tree / "a*")) == [str(tree / "a.txt")]
    assert matching_paths(str(tree / "sub.txt" / "*")) == [str(tree / "sub.txt" / "b.txt")]


def test_the_cli_refuses_it_with_exit_2(tree: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """In this process (the same exit code and words as ``python -m ipprules``; a process cost
    a second: since dietscale1). The glob is refused before any cluster starts."""
    code = main(["listings", str(tree / "*"), "--workers", "1"])
    err = capsys.readouterr().err
    assert code == 2, err
    assert "sub.txt" in err and "directory" in err
    assert "Traceback" not in err
