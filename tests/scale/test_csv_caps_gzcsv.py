"""The Dask CSV readers hold a CSV file's lines to one machine's cap, and read a compressed
CSV with bounded memory.

On Dask (``ipprules.scale``, ``--workers``) a CSV file is read whole by pandas: a line longer
than one machine reads (1 MiB) was read, where ``ipprules listings`` / ``ipprules plan`` /
``History`` refuse it naming the file and the line; and a ``*.csv.gz`` was decompressed
whole on the worker first, so a gzip bomb was held in full. The line is now the same error,
and a compressed CSV is decompressed in blocks, each checked as it comes."""

from __future__ import annotations

import bz2
import gzip
import lzma
import tracemalloc
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest

dask = pytest.importorskip("dask")
pytest.importorskip("dask.dataframe")

from ipprules._files import allow_large_csv_fields  # noqa: E402
from ipprules.cli import main  # noqa: E402
from ipprules.cli.listings import iter_urls  # noqa: E402
from ipprules.errors import InputError  # noqa: E402
from ipprules.goodfaith import History  # noqa: E402
from ipprules.scale import read_urls, standings  # noqa: E402

MIB = 1 << 20
TB = "https://item.taobao.com/item.htm?id=60683268329{n}"
PLAN = ["--account", "examples/planner-account.toml", "--as-of", "2026-11-23", "--right",
        "tm-cn", "--reason", "tm_counterfeit"]  # fmt: skip
HISTORY = "type,date,account,platform,reason_code,listings,taken_down,rejected"
GOOD = "complaint,2023-03-01,{a},taobao,tm_counterfeit,300,0,300"


pytestmark = pytest.mark.usefixtures("synchronous_dask")


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


def _write(path: Path, chunks: Iterable[bytes]) -> str:
    """Write ``chunks`` to ``path``, compressed as its name says (``.gz``, ``.bz2``, ``.xz``)."""
    opener: Callable[..., Any] = {".gz": gzip.open, ".bz2": bz2.open, ".xz": lzma.open}.get(
        path.suffix, open
    )
    with opener(path, "wb") as out:
        for chunk in chunks:
            out.write(chunk)
    return str(path)


def _last_line(text: str) -> str:
    return text.strip().splitlines()[-1]


def _one_machine(path: str) -> tuple[str, Any]:
    # ``ipprules listings`` reads a CSV cell of more than 128 KiB only once the csv module's
    # process-wide field limit is raised (another reader raises it): raised here, so that a
    # cell of up to 1 MiB is read on both, whichever test runs first
    allow_large_csv_fields()
    try:
        return "ok", [text for _, text in iter_urls(path)]
    except InputError as exc:
        return "error", str(exc)


def _dask(path: str) -> tuple[str, Any]:
    try:
        table = read_urls(path, column=None).compute()
    except InputError as exc:
        return "error", str(exc)
    return "ok", table["url"].tolist()


@pytest.mark.parametrize("suffix", ["", ".gz"])
def test_a_long_line_of_a_csv_is_refused_as_on_one_machine(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    rows = [b"url,notes\n", b"https://a.example/1,x\n", b"https://b.example/2,"]
    body = [*rows, b"n" * (2 * MIB) + b"\n", b"https://c.example/3,y\n"]
    path = _write(tmp_path / f"long.csv{suffix}", body)
    code_one = main(["listings", path])
    err_one = capsys.readouterr().err
    code_many = main(["listings", path, "--workers", "1"])
    err_many = capsys.readouterr().err
    assert code_one == code_many == 2
    assert _last_line(err_one) == _last_line(err_many)
    assert f"{path}:3: $: line longer than 1 MiB, the most one may hold" in err_many
    assert _dask(path) == _one_machine(path)  # the library says it too


@pytest.mark.parametrize("suffix", ["", ".gz"])
def test_an_error_before_the_long_line_is_said_first_as_on_one_machine(
    tmp_path: Path, suffix: str
) -> None:
    body = [b"url\n", b"https://a.example/\xff\n", b"x" * (2 * MIB) + b"\n"]
    path = _write(tmp_path / f"bad.csv{suffix}", body)
    got = _dask(path)
    assert got == _one_machine(path)
    assert got[0] == "error" and f"{path}:2:" in got[1] and "UTF-8" in got[1]


def test_a_line_of_exactly_the_cap_is_read_as_on_one_machine(tmp_path: Path) -> None:
    for name in ("cap.csv", "cap.csv.gz"):
        # a BOM and the \r of a CRLF are not counted
        cell = b"https://a.example/" + b"p" * (MIB - 18)
        path = _write(tmp_path / name, [b"\xef\xbb\xbfurl\r\n", cell + b"\r\n", b"https://b/\r\n"])
        got = _dask(path)
        assert got == _one_machine(path)
        assert got[0] == "ok" and len(got[1][0]) == MIB


def test_a_long_line_of_a_plan_file_is_refused_as_on_one_machine(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    long = "x" * (2 * MIB)
    one = tmp_path / "one.csv.gz"
    _write(one, [f"url,confidence\n{TB.format(n=1)},0.5\n{TB.format(n=2)},{long}\n".encode()])
    many = tmp_path / "many.csv.gz"
    rows = f"account,url,confidence\nacme,{TB.format(n=1)},0.5\nacme,{TB.format(n=2)},{long}\n"
    _write(many, [rows.encode()])
    assert main(["plan", str(one), *PLAN]) == 2
    err_one = _last_line(capsys.readouterr().err)
    assert main(["plan", str(many), *PLAN, "--workers", "1"]) == 2
    err_many = _last_line(capsys.readouterr().err)
    said = ": line longer than 1 MiB, the most one may hold"
    assert err_one.endswith(f"{one}:3: ${said}")
    assert err_many.endswith(f"{many}:3: ${said}")


def test_a_long_line_of_a_history_is_refused_as_on_one_machine(tmp_path: Path) -> None:
    path = tmp_path / "h.csv"
    rows = [HISTORY, GOOD.format(a="a"), GOOD.format(a="b" * (2 * MIB)), GOOD.format(a="c")]
    path.write_text("".join(f"{r}\n" for r in rows), "utf-8")
    with pytest.raises(InputError) as one:
        History.by_account(str(path))
    with pytest.raises(InputError) as many:
        standings(str(path), "2023-03-31").compute()
    assert str(many.value) == str(one.value)
    assert f"{path}:3:" in str(one.value) and "line longer than 1 MiB" in str(one.value)


def test_a_csv_gzip_bomb_is_refused_without_holding_it(
    tmp_path: Path, reads_bounded: list[int]
) -> None:
    # a header, then 50 MB of NULs with no line end (about 50 KB of gzip)
    bomb = _write(tmp_path / "bomb.csv.gz", [b"url\n", *[bytes(MIB)] * 50])
    assert Path(bomb).stat().st_size < MIB
    warm = _write(tmp_path / "warm.csv.gz", [b"url\nhttps://a.example/1\n"])
    assert _dask(warm) == ("ok", ["https://a.example/1"])  # the scheduler's imports first
    reads_bounded.clear()
    tracemalloc.start()
    try:
        got = _dask(bomb)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # a NUL in the long line's first 1 MiB is said as a NUL (inputs24), not as a long line
    assert got == ("error", f"{bomb}:2:1: $: NUL byte in text (is the file UTF-16 or binary?)")
    assert got == _one_machine(bomb)
    assert peak < 16 * MIB, f"{peak / MIB:.1f} MiB held reading a 50 MB bomb"
    assert sum(reads_bounded) < 4 * MIB  # about the cap was decompressed, not the 50 MB


def test_a_csv_gzip_bomb_of_short_lines_of_nuls_stops_at_its_first(
    tmp_path: Path, reads_bounded: list[int]
) -> None:
    bomb = _write(tmp_path / "nuls.csv.gz", [b"url\n", *[b"\0\n" * (MIB // 2)] * 50])
    got = _dask(bomb)
    assert got == _one_machine(bomb)
    assert got[0] == "error" and f"{bomb}:2:1: $: NUL byte" in got[1]
    assert sum(reads_bounded) < 4 * MIB


@pytest.mark.no_cover
@pytest.mark.parametrize("suffix", [".gz", ".bz2", ".xz"])
def test_good_compressed_csv_files_are_read_as_on_one_machine(
    tmp_path: Path, reads_bounded: list[int], suffix: str
) -> None:
    # many blocks of 256 KiB, a BOM, CRLF ends, a quoted cell over two lines, blank lines,
    # and a line of nearly the cap in the middle
    rows = [b"\xef\xbb\xbfid;url;notes\r\n"]
    rows += [b"%d;https://s%d.example/p;n\r\n" % (i, i) for i in range(40_000)]
    rows += [b'7;"https://q.example/a";"two\r\nlines"\r\n', b"\r\n", b";;\r\n"]
    rows += [b"8;https://w.example/" + b"w" * (MIB - 100) + b";x\r\n"]
    rows += [b"%d;https://t%d.example/p;n\r\n" % (i, i) for i in range(20_000)]
    path = _write(tmp_path / f"good.csv{suffix}", rows)
    got = _dask(path)
    assert got == _one_machine(path)
    assert got[0] == "ok" and len(got[1]) == 60_003  # the record ";;" holds an empty URL
    if suffix == ".gz":
        assert reads_bounded and max(reads_bounded) <= MIB
