"""newuser30's findings, a data engineer following docs/scaling.md on a crawl folder."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("dask.dataframe")

from ipprules.errors import InputError
from ipprules.scale import read_urls
from ipprules.scale._listings import matching_paths

URL = "https://item.taobao.com/item.htm?id=606832683299\n"


def _parquet(path: Path) -> None:
    import pandas as pd

    pd.DataFrame({"url": [URL.strip()]}).to_parquet(path)


def test_a_directory_of_parquet_and_other_files_is_refused_naming_them(tmp_path: Path) -> None:
    """A crawl folder of Parquet, CSV and text files, given as a directory, was read as its
    Parquet files alone: the CSV and text files' rows were missing, and nothing said so."""
    _parquet(tmp_path / "a.parquet")
    (tmp_path / "b.csv").write_text("url\n" + URL, encoding="utf-8")
    (tmp_path / "c.txt").write_text(URL, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_urls(str(tmp_path))
    problem = caught.value.problems[0]
    assert problem.file == str(tmp_path)
    assert problem.message == (
        "a directory is read as its Parquet files, and it holds other files too (b.csv and 1 "
        f"more), which would not be read: name them all with a glob ({tmp_path}/*), or the "
        f"Parquet files alone ({tmp_path}/*.parquet)"
    )


def test_a_parquet_directory_with_a_writers_bookkeeping_is_read(tmp_path: Path) -> None:
    """``_SUCCESS``, ``_metadata`` and ``.crc`` files beside the Parquet files (Spark, Dask,
    Hadoop) are not data: the directory is still read as its Parquet files."""
    _parquet(tmp_path / "part.0.parquet")
    (tmp_path / "sub").mkdir()
    _parquet(tmp_path / "sub" / "part.1.pq")
    for name in ("_SUCCESS", "_metadata", ".part.0.parquet.crc"):
        (tmp_path / name).write_bytes(b"")
    (tmp_path / "_temporary").mkdir()
    (tmp_path / "_temporary" / "x.csv").write_text("url\n", encoding="utf-8")
    assert matching_paths(str(tmp_path)) == [
        str(tmp_path / "part.0.parquet"),
        str(tmp_path / "sub" / "part.1.pq"),
    ]
