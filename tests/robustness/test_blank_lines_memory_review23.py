"""Blank lines before a file's first text are not held one tuple each (review23).

``ipprules listings`` read a file's lines up to its first text (and a CSV's up to its header)
into a list: a file of blank lines within the size cap (64 MiB of line ends, or a small
``.zip``/``.gz`` of them) took about 100 bytes of memory per blank line, 6.4 GB. The lines
read ahead now keep runs of blank lines as their numbers; the inputs and their line numbers
are the same.
"""

from __future__ import annotations

import gzip
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from ipprules._files import csv_dialect
from ipprules.cli.listings import iter_urls

URL = "https://item.taobao.com/item.htm?id=606832683299"
BLANKS = 60_000  # 300,000 under tracemalloc and coverage cost half a minute a case


def _peak(path: Path) -> tuple[list[tuple[int, str]], int]:
    tracemalloc.start()
    try:
        got = list(iter_urls(str(path)))
        return got, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.no_cover
@pytest.mark.parametrize(
    ("name", "head", "tail"),
    [
        ("urls.txt", "", f"{URL}\n"),
        ("urls.csv", "", f"url\n{URL}\n"),
        ("urls.jsonl", "", f'{{"url": "{URL}"}}\n'),
        ("sep.csv", "sep=;\n", f"seller;url\nacme;{URL}\n"),
        ("spaces.txt", "", f"{URL}\n"),
    ],
)
def test_blank_lines_before_the_first_text_are_not_kept_one_by_one(
    tmp_path: Path, name: str, head: str, tail: str
) -> None:
    # lines of white space are read a block at a time (~4 MB at 60,000, 6.3 MB at 300,000):
    # only many of them tell a block from a tuple a line
    blanks, bound = (300_000, 16_000_000) if name == "spaces.txt" else (BLANKS, 3_000_000)
    blank = " \t\n" if name == "spaces.txt" else "\n"
    path = tmp_path / name
    path.write_text(head + blank * blanks + tail)
    got, peak = _peak(path)
    line = blanks + head.count("\n") + tail.count("\n")
    assert got == [(line, URL)]
    assert peak < bound  # it was 28-47 MB at 300,000 blank lines (about 100 bytes a blank
    # line: 5.6-9.4 MB at 60,000); ~0.7 MB now at 60,000 (a block of lines read at once)


@pytest.mark.no_cover
def test_a_compressed_file_of_blank_lines_reads_in_little_memory(tmp_path: Path) -> None:
    zipped = tmp_path / "blank.zip"
    with zipfile.ZipFile(zipped, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("urls.txt", "\n" * BLANKS)
    gz = tmp_path / "blank.txt.gz"
    gz.write_bytes(gzip.compress(b"\n" * BLANKS))
    for path in (zipped, gz):
        got, peak = _peak(path)
        assert got == []
        assert peak < 3_000_000


def test_csv_dialect_keeps_the_lines_it_read_ahead() -> None:
    lines = [(1, ""), (2, "  "), (3, "sep=;"), (4, ""), (5, "a;b")]
    head, delimiter = csv_dialect(iter(lines), lambda cells: "b" in cells)
    assert delimiter == ";"
    assert list(head) == [(1, ""), (2, ""), (3, ""), (4, ""), (5, "a;b")]
    assert len(head) == 5 and head[-1] == (5, "a;b") and head[0] == (1, "") and head
    assert head[1:3] == [(2, ""), (3, "")]
    empty, _ = csv_dialect(iter([]), lambda cells: True)
    assert not empty and len(empty) == 0
