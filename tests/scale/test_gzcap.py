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


def test_a_gzip_bomb_of_zeros_is_refused_at_its_first_nul(
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
    # a NUL in the long line's first 1 MiB is said as a NUL (inputs24), not as a long line
    assert got == ("error", f"{bomb}:1:1: $: NUL byte in text (is the file UTF-16 or binary?)")
    assert got == _one_machine(bomb)
    assert peak < 16 * MIB, f"{peak / MIB:.1f} MiB held reading a 50 MB bomb"
    # about the line cap and a block were decompressed, not the 50 MB
    assert sum(reads_bounded) < 4 * MIB


def test_lines_after_many_blocks_are_numbered_as_on_one_machine(
    tmp_path: Path, reads_bounded: list[int]
) -> None:
    # over 3 MiB of blank lines (many blocks; lines across their ends), then a NUL: the line
    # is counted through them (4,864 lines of 1 KiB or less: as 3 MiB of bare line ends, 3.1
    # million lines, each a Python step traced by coverage, it cost 6 s of CPU). The first
    # 64 KiB (the head a reader looks at first) end at a line end, as they did.
    head = (b" " * 1023 + b"\n") * 64
    blank = head + (b" " * 999 + b"\n" + b"\t" * 998 + b"\n\n") * 1600
    assert len(blank) > 3 * MIB
    path = _gzip(tmp_path / "late.txt.gz", [blank, b"https://a.example/\0\n"])
    got = _dask(path)
    assert got == ("error", f"{path}:4865:19: $: NUL byte in text: a NUL byte in a UTF-8 "
                            "file, after 'https://a.example/' (the text around it reads as "
                            "UTF-8; a NUL is no character of text): remove it")  # fmt: skip
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


# ------------------------------------------------------- Parquet errors name the file and row

HISTORY = {
    "type": ["complaint"] * 4,
    "date": ["2023-01-05"] * 4,
    "platform": ["taobao"] * 4,
    "reason_code": ["tm_counterfeit"] * 4,
    "listings": ["1"] * 4,
    "taken_down": ["1"] * 4,
}


def _standings_error(path: Path) -> str:
    from ipprules.scale import standings

    with pytest.raises(InputError) as caught:
        standings(str(path), "2024-01-01").compute(scheduler="synchronous")
    return str(caught.value)


def test_a_bad_cell_of_a_parquet_history_names_its_file_and_row(tmp_path: Path) -> None:
    import pandas as pd

    path = tmp_path / "h.parquet"
    dates = ["2023-01-05", "2023-01-05", "2023-01-05", "2023-02-30"]
    rows = {**HISTORY, "account": ["b", "a", "b", "a"], "date": dates}
    pd.DataFrame(rows).to_parquet(path, index=False)
    # the 4th row of the file (the 2nd of account a): it said "account=a:3:14: $.date"
    assert _standings_error(path) == (
        f"{path}: $.date: row 4: expected a date (YYYY-MM-DD), got '2023-02-30' (day is out of range for month)"
    )


def test_a_duplicate_id_in_parquet_histories_names_the_rows_and_files(tmp_path: Path) -> None:
    import pandas as pd

    one, two = tmp_path / "h1.parquet", tmp_path / "h2.parquet"
    pd.DataFrame(
        {**HISTORY, "account": ["b", "a", "a", "b"], "id": ["X", "C1", "C2", "Y"]}
    ).to_parquet(one, index=False)
    pd.DataFrame(
        {**HISTORY, "account": ["b", "b", "b", "a"], "id": ["Z", "V", "W", "C2"]}
    ).to_parquet(two, index=False)
    error = _standings_error(tmp_path / "h*.parquet")
    # it said "account=a:4: $.id: duplicate id 'C2' (first on line 3; ...)"
    assert error == (
        f"{two}: $.id: row 4: duplicate id 'C2' (first on {one} row 3; 1 id(s) repeat)"
    )
    same = tmp_path / "same.parquet"
    rows = {**HISTORY, "account": ["b", "a", "b", "a"], "id": ["X", "C1", "Y", "C1"]}
    pd.DataFrame(rows).to_parquet(same, index=False)
    assert _standings_error(same) == (
        f"{same}: $.id: row 4: duplicate id 'C1' (first on row 2; 1 id(s) repeat)"
    )


def test_a_bad_cell_of_a_parquet_plan_names_its_file_and_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import contextlib
    from collections.abc import Iterator

    import pandas as pd

    from ipprules.cli import main
    from ipprules.scale import cli as scale_cli

    @contextlib.contextmanager
    def run_here(workers: Any = None, scheduler: Any = None) -> Iterator[str]:
        yield "synchronous"

    monkeypatch.setattr(scale_cli, "cluster", run_here)
    tb = "https://item.taobao.com/item.htm?id=606832683299"
    path = tmp_path / "plan.parquet"
    rows = {
        "account": ["acme", "other", "acme"],
        "url": [tb, tb, tb],
        "confidence": ["0.5", "1", "2"],
    }
    pd.DataFrame(rows).to_parquet(path, index=False)
    argv = ["--account", "examples/planner-account.toml", "--as-of", "2026-11-23", "--right",
            "tm-cn", "--reason", "tm_counterfeit", "--workers", "1"]  # fmt: skip
    assert main(["plan", str(path), *argv]) == 2
    err = capsys.readouterr().err
    # it said "acme:3: $.confidence: ..." (the account, and the row as a line)
    assert f"{path}: $.confidence: row 3: expected a number from 0 to 1" in err
    assert "got '2'" in err
