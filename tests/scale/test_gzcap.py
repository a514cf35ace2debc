"""Bounded memory for compressed text on Dask, and Parquet errors that name their file.

A compressed text or JSON Lines file (``urls.txt.gz``) is one partition of
``ipprules.scale.read_urls``; it was decompressed whole on the worker before its lines were
checked, so a gzip bomb (1 GB of zeros in about 1 MB) was held in full before the long-line
error. It is now decompressed as it is read, line by line, with the 1 MiB line cap and the
errors of one machine. Errors about a row of a Parquet plan or history file named the
account (``lumen:2: $.confidence``); they name the file and the row."""

from __future__ import annotations

import gzip
import tracemalloc
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.dataframe")

from ipprules.cli.listings import iter_urls
from ipprules.errors import InputError
from ipprules.scale import parse_urls, read_urls

MIB = 1 << 20


def _gzip(path: Path, chunks: Iterable[bytes]) -> str:
    with gzip.open(path, "wb", compresslevel=1) as out:
        for chunk in chunks:
            out.write(chunk)
    return str(path)


def _one_machine(path: str) -> tuple[str, Any]:
    try:
        return "ok", [text for _, text in iter_urls(path)]
    except InputError as exc:
        return "error", str(exc)


def _dask(path: str) -> tuple[str, Any]:
    try:
        table = read_urls(path, column=None).compute(scheduler="synchronous")
    except InputError as exc:
        return "error", str(exc)
    return "ok", table["url"].tolist()


@pytest.fixture
def reads_bounded(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Every read of decompressed gzip data, its size: a read of everything (``-1``) or of
    more than 1 MiB at once fails the test."""
    asked: list[int] = []
    real = gzip.GzipFile.read

    def read(self: gzip.GzipFile, size: int | None = -1) -> bytes:
        n = -1 if size is None else size
        asked.append(n)
        assert 0 <= n <= MIB, f"gzip data read {n} bytes at once"
        return real(self, n)

    monkeypatch.setattr(gzip.GzipFile, "read", read)
    return asked


def test_a_gzip_bomb_of_zeros_is_refused_at_its_first_long_line(
    tmp_path: Path, reads_bounded: list[int]
) -> None:
    bomb = _gzip(tmp_path / "bomb.txt.gz", [bytes(MIB)] * 50)  # 50 MB of NULs, no line end
    assert Path(bomb).stat().st_size < MIB
    warm = _gzip(tmp_path / "warm.txt.gz", [b"https://a.example/1\n"])
    assert _dask(warm) == ("ok", ["https://a.example/1"])  # the scheduler's imports first
    tracemalloc.start()
    try:
        got = _dask(bomb)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert got == ("error", f"{bomb}:1: $: line longer than 1 MiB, the most one may hold")
    assert got == _one_machine(bomb)
    assert peak < 16 * MIB, f"{peak / MIB:.1f} MiB held reading a 50 MB bomb"
    # about the line cap and a block were decompressed, not the 50 MB
    assert sum(reads_bounded) < 4 * MIB


def test_lines_after_many_blocks_are_numbered_as_on_one_machine(
    tmp_path: Path, reads_bounded: list[int]
) -> None:
    # 3 MiB of blank lines (many blocks), then a NUL: the line is counted through them
    path = _gzip(tmp_path / "late.txt.gz", [b"\n" * MIB] * 3 + [b"https://a.example/\0\n"])
    got = _dask(path)
    assert got == ("error", f"{path}:{3 * MIB + 1}:19: $: NUL byte in text (is the file "
                            "UTF-16 or binary?)")  # fmt: skip
    assert got == _one_machine(path)
    assert reads_bounded and max(reads_bounded) <= MIB


def test_a_line_too_long_after_good_lines_is_named_at_its_line(tmp_path: Path) -> None:
    path = _gzip(tmp_path / "long.txt.gz", [b"https://a.example/1\n" * 3, b"x" * (MIB + 1)])
    got = _dask(path)
    assert got == ("error", f"{path}:4: $: line longer than 1 MiB, the most one may hold")
    assert got == _one_machine(path)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("good.txt.gz", b"\xef\xbb\xbfhttps://a.example/1\r\n\n  \nhttps://b.example/2\nx\r\r\n"),
        ("bad.txt.gz", b"https://a.example/1\nhttps://b\xff.example/\n"),
        ("good.jsonl.gz", b'{"url": "https://a.example/1"}\n\n{"link": null}\r\n'),
        ("bad.jsonl.gz", b'{"url": "https://a.example/1"}\n{"url": 5}\n'),
        ("utf16.txt.gz", "https://a.example/1\n".encode("utf-16")),
    ],
)
def test_compressed_files_read_as_one_machine_reads_them(
    tmp_path: Path, reads_bounded: list[int], name: str, data: bytes
) -> None:
    path = _gzip(tmp_path / name, [data])
    assert _dask(path) == _one_machine(path)


def test_a_cut_short_gzip_file_is_refused_naming_it(tmp_path: Path) -> None:
    path = _gzip(tmp_path / "cut.txt.gz", [b"https://a.example/%d\n" % i for i in range(9000)])
    data = Path(path).read_bytes()
    Path(path).write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError, match=r"cut\.txt\.gz: \$: cannot read the file: "):
        read_urls(path).compute(scheduler="synchronous")


def test_parse_urls_on_a_compressed_file_counts_as_one_machine(
    tmp_path: Path, reads_bounded: list[int]
) -> None:
    lines = [
        b"https://item.taobao.com/item.htm?id=%d\n" % (600000000000 + i % 7) for i in range(50)
    ]
    path = _gzip(tmp_path / "u.txt.gz", [*lines, b"\nnot a url\n"])
    table = parse_urls(path).compute(scheduler="synchronous")
    assert table["input"].tolist() == _one_machine(path)[1]
    assert table["status"].value_counts().to_dict() == {
        "duplicate": 43,
        "listing": 7,
        "rejected": 1,
    }
