"""A gzip file given to a one-machine reader is refused saying what it is (gzip data, not
text), where it said "not UTF-8 text (byte 0x8b)"; the Dask readers decompress ``*.gz``, and
so do ``ipprules listings`` and ``plan`` on one machine (tests/cli/test_gzip_read_streaming.py):
gzip data under another name is still refused so."""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

import pytest

from ipprules._files import decode_text, iter_lines
from ipprules.errors import InputError
from ipprules.goodfaith import History

URL = "https://item.taobao.com/item.htm?id=606832683299"


def test_decode_text_names_gzip_data() -> None:
    with pytest.raises(InputError, match="gzip-compressed"):
        decode_text(gzip.compress(URL.encode()), "x.gz")


def test_text_that_merely_starts_with_the_first_magic_byte_is_read() -> None:
    assert decode_text(b"\x1f" + URL.encode(), "x.txt") == "\x1f" + URL


@pytest.mark.parametrize("name", ["urls.txt.gz", "urls.txt", "urls.csv.gz"])
def test_every_line_reader_refuses_it_at_line_1(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(gzip.compress(f"url\n{URL}\n".encode()))
    with pytest.raises(InputError) as caught:
        list(iter_lines(path))
    problem = caught.value.problems[0]
    assert (problem.line, problem.column) == (1, 2)
    assert "gzip-compressed" in problem.message


def test_a_gzip_history_not_named_so_is_refused_so(tmp_path: Path) -> None:
    """Named ``*.gz`` it is read decompressed (as on Dask); under another name, the hint."""
    path = tmp_path / "history.csv"
    path.write_bytes(gzip.compress(b"type,date\n"))
    with pytest.raises(InputError, match="gzip-compressed"):
        History.from_file(path)
    named = tmp_path / "history.csv.gz"
    named.write_bytes(path.read_bytes())
    assert History.from_file(named).complaints == 0


def test_the_listings_cli_says_so_with_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "urls.csv"  # gzip data under a name that does not say so
    path.write_bytes(gzip.compress(f"url\n{URL}\n".encode()))
    run = subprocess.run(
        [sys.executable, "-m", "ipprules", "listings", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert run.returncode == 2
    assert "gzip-compressed" in run.stderr and "Traceback" not in run.stderr
