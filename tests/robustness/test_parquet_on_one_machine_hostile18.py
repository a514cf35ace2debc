"""A Parquet file given to a one-machine reader is refused saying what it is, also when its
first byte that is not text is a NUL (an int64 or all-null URL column): that said only "NUL
byte in text (is the file UTF-16 or binary?)", where other Parquet files got the hint."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")


@pytest.mark.parametrize(
    "column",
    [[1, 2, 3], [None, None, None]],
    ids=["int64 URL column", "all-null URL column"],
)
def test_a_parquet_file_whose_first_odd_byte_is_a_nul_is_named_a_parquet_file(
    column: list[object], tmp_path: Path
) -> None:
    # not named *.parquet: a file so named is refused by its name before it is read
    # (test_inputs33), so the NUL met first is seen in a file named otherwise
    path = tmp_path / "urls.dat"
    table = {"url": pa.array(column), "n": pa.array([0, 1, 2], pa.int64())}
    pq.write_table(pa.table(table), path)
    with pytest.raises(UnicodeDecodeError):  # a NUL comes before the first byte not UTF-8:
        path.read_bytes().decode("utf-8")  # the NUL is what the reader meets first
    assert path.read_bytes().decode("utf-8", "ignore").find("\0") < 20
    run = subprocess.run(
        [sys.executable, "-m", "ipprules", "listings", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert run.returncode == 2
    assert ": $: NUL byte in text: a Parquet file; the Dask readers read it" in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1


def test_a_text_file_with_a_nul_keeps_its_message(tmp_path: Path) -> None:
    from ipprules._files import iter_lines
    from ipprules.errors import InputError

    path = tmp_path / "urls.txt"
    path.write_bytes(b"PAR is not PAR1\nab\0cd\n")
    # no Parquet hint; a stray NUL in UTF-8 text is said as one (left3)
    with pytest.raises(
        InputError, match=r"urls\.txt:2:3: \$: NUL byte in text: a NUL byte in a UTF-8"
    ):
        list(iter_lines(path))
