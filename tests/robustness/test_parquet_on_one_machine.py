"""A Parquet file given to a one-machine reader (``ipprules listings x.parquet`` or ``plan``
without ``--workers``) is refused saying what it is and who reads it, where it said only
"not UTF-8 text (byte 0xa4)"; the Dask readers read Parquet."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from ipprules._files import decode_text, iter_lines
from ipprules.errors import InputError

URL = "https://item.taobao.com/item.htm?id=606832683299"


def _parquet(compression: str | None) -> bytes:
    pq = pytest.importorskip("pyarrow.parquet")
    pa = pytest.importorskip("pyarrow")
    sink = io.BytesIO()
    pq.write_table(pa.table({"url": [URL] * 3}), sink, compression=compression)
    return sink.getvalue()


@pytest.mark.parametrize("compression", ["snappy", None])
def test_decode_text_names_parquet_data(compression: str | None) -> None:
    with pytest.raises(InputError, match="a Parquet file; the Dask readers read it"):
        decode_text(_parquet(compression), "x.parquet")


@pytest.mark.parametrize("name", ["urls.parquet", "urls.txt", "urls.csv"])
def test_every_line_reader_names_it(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(_parquet("snappy"))
    with pytest.raises(InputError) as caught:
        list(iter_lines(path))
    assert "a Parquet file" in caught.value.problems[0].message


def test_text_that_merely_starts_with_par1_is_read() -> None:
    assert decode_text(b"PAR1 " + URL.encode(), "x.txt") == "PAR1 " + URL


def test_other_bad_bytes_get_no_parquet_hint() -> None:
    with pytest.raises(InputError) as caught:
        decode_text(b"caf\xe9 " + URL.encode(), "x.txt")
    assert "Parquet" not in str(caught.value)


def test_the_listings_cli_says_so_with_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "urls.parquet"
    path.write_bytes(_parquet("snappy"))
    run = subprocess.run(
        [sys.executable, "-m", "ipprules", "listings", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 2
    assert "a Parquet file" in run.stderr and "--workers" in run.stderr
    assert "Traceback" not in run.stderr
