"""Compressed history files (``h.csv.gz``, ``.bz2``, ``.xz``) on one machine: read decompressed,
as the Dask readers read them, with the answers of the plain file."""

from __future__ import annotations

import bz2
import csv
import datetime as dt
import gzip
import io
import itertools
import json
import lzma
from pathlib import Path
from typing import Any

import pytest

from _hypothesis_profiles import CAPS, profile_name
from ipprules._files import reading_limits
from ipprules.cli import main
from ipprules.errors import InputError
from ipprules.goodfaith import History, history, ids, iter_history, iter_rows, standing

EXAMPLES = Path(__file__).parents[2] / "examples"
SUFFIXES = (".gz", ".bz2", ".xz")
COUNTS = (
    "listings",
    "taken_down",
    "rejected",
    "withdrawn",
    "pending",
    "reinstated",
    "counter_rejected",
)
HEADER = "type,date,id,platform,reason_code,listings,taken_down,rejected,note"


def pack(data: bytes, suffix: str) -> bytes:
    if suffix == ".gz":
        return gzip.compress(data)
    if suffix == ".bz2":
        return bz2.compress(data)
    return lzma.compress(data)


def as_jsonl(text: str) -> str:
    """A CSV history as JSON Lines (the same keys, counts as numbers, empty cells left out)."""
    out = []
    for row in csv.DictReader(io.StringIO(text)):
        item = {k: (int(v) if k in COUNTS else v) for k, v in row.items() if v}
        out.append(json.dumps(item, ensure_ascii=False))
    return "\n".join(out) + "\n"


def write_pair(tmp_path: Path, name: str, text: str, suffix: str) -> tuple[Path, Path]:
    """The plain file and the compressed one, of the same text."""
    plain = tmp_path / name
    plain.write_bytes(text.encode("utf-8"))
    packed = tmp_path / (name + suffix)
    packed.write_bytes(pack(text.encode("utf-8"), suffix))
    return plain, packed


def outcome(fn: Any) -> Any:
    """What a reading gives: its result, or the first error (message with the file left out,
    line, column, JSON path)."""
    try:
        return ("ok", fn())
    except InputError as exc:
        return ("error", exc.problems[0].message, exc.line, exc.column, exc.path)


def every_reader(path: Path, account: str | None = None) -> list[Any]:
    as_of = dt.date(2023, 6, 30)
    return [
        outcome(lambda: list(iter_rows(path, account=account))),
        outcome(lambda: list(iter_history(path, account=account))),
        outcome(lambda: repr(standing(History.from_file(path, account=account), as_of))),
        outcome(lambda: {a: repr(standing(h, as_of)) for a, h in History.by_account(path).items()}),
    ]


@pytest.mark.no_cover
@pytest.mark.parametrize("suffix", SUFFIXES)
@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
@pytest.mark.parametrize("example", ["history.csv", "history-accounts.csv"])
def test_every_reader_reads_a_compressed_file_as_the_plain_one(
    tmp_path: Path, suffix: str, fmt: str, example: str
) -> None:
    text = (EXAMPLES / example).read_text(encoding="utf-8")
    if fmt == "jsonl":
        text = as_jsonl(text)
    plain, packed = write_pair(tmp_path, "h." + fmt, text, suffix)
    account = "acme" if "accounts" in example else None
    want = every_reader(plain, account)
    assert all(result[0] == "ok" for result in want)
    assert want[0][1]  # rows were read
    assert every_reader(packed, account) == want


@pytest.mark.parametrize("suffix", SUFFIXES)
@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_the_first_error_is_that_of_the_plain_file(tmp_path: Path, suffix: str, fmt: str) -> None:
    lines = [f"complaint,2023-01-{d:02},C{d},taobao,x,2,1,1," for d in range(1, 20)]
    lines[11] = "complaint,2023-01-12,C12,taobao,x,2,9,1,"  # more taken down than filed
    text = HEADER + "\n" + "\n".join(lines) + "\n"
    if fmt == "jsonl":
        text = as_jsonl(text)
    plain, packed = write_pair(tmp_path, "h." + fmt, text, suffix)
    want = every_reader(plain)
    assert all(result[0] == "error" and result[2] is not None for result in want)
    assert every_reader(packed) == want
    with pytest.raises(InputError) as info:
        History.from_file(packed)
    assert info.value.file == str(packed)


def test_the_format_is_chosen_from_the_name_without_the_compression_suffix(
    tmp_path: Path,
) -> None:
    """``h.jsonl.gz`` is JSON Lines, also when opened by the caller (``gzip.open`` names the
    stream by the file's name), and ``H.NDJSON.XZ`` too."""
    text = as_jsonl((EXAMPLES / "history.csv").read_text(encoding="utf-8"))
    plain, packed = write_pair(tmp_path, "h.jsonl", text, ".gz")
    want = list(iter_rows(plain))
    assert list(iter_rows(packed)) == want
    with gzip.open(packed, "rb") as stream:
        assert list(iter_rows(stream)) == want
    upper = tmp_path / "H.NDJSON.XZ"
    upper.write_bytes(pack(text.encode(), ".xz"))
    assert list(iter_rows(upper)) == want


@pytest.fixture
def small(monkeypatch: pytest.MonkeyPatch) -> None:
    """Small blocks, a short kept prefix and 4-bit fingerprints: the second readings (the
    whole file again, and only the blocks near matching fingerprints) run on small files."""
    monkeypatch.setattr(history, "_FIRST_BLOCK", 8)
    monkeypatch.setattr(history, "_BLOCK", 64)
    monkeypatch.setattr(ids, "KEEP", 3)
    monkeypatch.setattr(ids, "MASK", 0xF)
    monkeypatch.setattr(ids, "CHUNK", 2)


def shuffled_ids(n: int, repeat: tuple[int, int] | None) -> str:
    values = [f"{(i * 7919) % 20011:06}" for i in range(n)]
    if repeat is not None:
        values[repeat[1]] = values[repeat[0]]
    body = "".join(
        f"complaint,2023-01-{1 + i % 28:02},{v},taobao,x,2,1,1,\n" for i, v in enumerate(values)
    )
    return HEADER + "\n" + body


#: Every (suffix, repeat, format) of :func:`test_ids_in_no_order_are_read_again_decompressed`
#: under a profile without a cap on examples (``thorough``); by default, every pair of any two
#: of the three (each compression with each format and with and without a repeat, each format
#: with and without one): 6 of the 12.
NO_ORDER_GRID = list(itertools.product(SUFFIXES, [None, (5, 170)], ["csv", "jsonl"]))
NO_ORDER_PAIRS = [
    (".gz", None, "csv"),
    (".gz", (5, 170), "jsonl"),
    (".bz2", (5, 170), "csv"),
    (".bz2", None, "jsonl"),
    (".xz", None, "csv"),
    (".xz", (5, 170), "jsonl"),
]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if metafunc.definition.name == "test_ids_in_no_order_are_read_again_decompressed":
        full = CAPS.get(profile_name(metafunc.config)) is None
        metafunc.parametrize("suffix,repeat,fmt", NO_ORDER_GRID if full else NO_ORDER_PAIRS)


def test_the_default_pairs_cover_every_pair_of_the_grid() -> None:
    for a, b in itertools.combinations(range(3), 2):
        assert {(c[a], c[b]) for c in NO_ORDER_PAIRS} == {(c[a], c[b]) for c in NO_ORDER_GRID}


@pytest.mark.no_cover
def test_ids_in_no_order_are_read_again_decompressed(
    small: None, tmp_path: Path, suffix: str, repeat: tuple[int, int] | None, fmt: str
) -> None:
    text = shuffled_ids(200, repeat)
    if fmt == "jsonl":
        text = as_jsonl(text)
    plain, packed = write_pair(tmp_path, "h." + fmt, text, suffix)
    want = every_reader(plain)
    head = 1 if fmt == "csv" else 0  # the header line
    if repeat is None:
        assert all(result[0] == "ok" for result in want)
    else:
        assert all(result[:3] == ("error", want[0][1], 171 + head) for result in want)
        assert f"first on line {6 + head}" in want[0][1]
    assert every_reader(packed) == want


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_a_far_repeat_reads_again_only_near_blocks_of_the_decompressed_stream(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, suffix: str
) -> None:
    """The targeted second reading (``ids_near``) of a compressed file: it cannot be moved in,
    so the bytes before a stretch are read through (decompressed), not sought past; the ids
    and the message are those of the plain file."""
    monkeypatch.setattr(history, "_BLOCK", 4096)
    text = shuffled_ids(5000, (100, 3750))  # 220 kB: 54 blocks of 4 KiB
    plain, packed = write_pair(tmp_path, "h.csv", text, suffix)
    near: list[Any] = []
    real = history._rereader

    def recording(*args: Any) -> Any:
        reread, again, ids_near = real(*args)
        assert ids_near is not None

        def spy(spans: list[Any]) -> Any:
            near.append(spans)
            return ids_near(spans)

        return reread, again, spy

    monkeypatch.setattr(history, "_rereader", recording)
    want = outcome(lambda: History.from_file(plain))
    assert want[:3] == ("error", want[1], 3752) and "first on line 102" in want[1]
    assert near
    near.clear()
    assert outcome(lambda: History.from_file(packed)) == want
    assert near and near[0][0][0] > 0  # a stretch after the start: bytes passed over
    # the stretch read again from the decompressed stream: the ids of the plain file there
    start = text.encode().index(b"\n", len(text) // 2) + 1
    _, _, ids_near = real(str(packed), history._Chunks(io.BytesIO(), "x"), "h", "csv")
    _, _, plain_near = real(str(plain), history._Chunks(io.BytesIO(), "x"), "h", "csv")
    assert ids_near is not None and plain_near is not None
    got = [i for batch in ids_near([(start, None)]) for i in batch]
    assert got == [i for batch in plain_near([(start, None)]) for i in batch]
    assert got[-10:] == [line.split(",")[2] for line in text.splitlines()[-10:]]


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_a_cut_file_is_refused_naming_it(tmp_path: Path, suffix: str) -> None:
    text = shuffled_ids(2000, None)
    data = pack(text.encode(), suffix)
    path = tmp_path / ("h.csv" + suffix)
    path.write_bytes(data[: len(data) // 2])
    for result in every_reader(path):
        assert result[0] == "error"
        assert "not a readable" in result[1] and f"ends in {suffix}" in result[1]
    with pytest.raises(InputError) as info:
        list(iter_rows(path))
    assert info.value.file == str(path)


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_the_size_cap_counts_decompressed_bytes(tmp_path: Path, suffix: str) -> None:
    text = shuffled_ids(2000, None)
    plain, packed = write_pair(tmp_path, "h.csv", text, suffix)
    cap = len(text) // 2
    assert packed.stat().st_size < cap
    with reading_limits(max_bytes=cap):
        for path in (plain, packed):
            with pytest.raises(InputError, match="larger than") as info:
                History.from_file(path)
            assert info.value.file == str(path)
    with reading_limits(max_bytes=len(text)):
        assert History.from_file(packed).complaints == 2000


def test_compressed_data_not_so_named_keeps_its_hint(tmp_path: Path) -> None:
    """The same gzip bytes: read named ``h.csv.gz``, refused with the hint named ``h.csv``."""
    data = gzip.compress((EXAMPLES / "history.csv").read_bytes())
    named = tmp_path / "h.csv.gz"
    named.write_bytes(data)
    unnamed = tmp_path / "h.csv"
    unnamed.write_bytes(data)
    assert History.from_file(named).complaints > 0
    with pytest.raises(InputError) as info:
        History.from_file(unnamed)
    assert "gzip-compressed data; decompress it first (gunzip), or name it *.gz where it is " in (
        str(info.value)
    )


@pytest.mark.no_cover
@pytest.mark.parametrize("suffix", SUFFIXES)
def test_cli_good_faith_reads_a_compressed_history(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str
) -> None:
    text = (EXAMPLES / "history.csv").read_text(encoding="utf-8")
    plain, packed = write_pair(tmp_path, "h.csv", text, suffix)
    for as_of, code in (("2022-12-31", 0), ("2023-03-31", 1)):
        for fmt in ("text", "json"):
            args = ["--as-of", as_of, "--format", fmt]
            assert main(["good-faith", str(plain), *args]) == code
            want = capsys.readouterr()
            assert main(["good-faith", str(packed), *args]) == code
            got = capsys.readouterr()
            assert got.out == want.out.replace(str(plain), str(packed))
    cut = tmp_path / ("cut.csv" + suffix)
    cut.write_bytes(packed.read_bytes()[:-20])
    assert main(["good-faith", str(cut), "--as-of", "2022-12-31"]) == 2
    err = capsys.readouterr().err
    assert str(cut) in err and "not a readable" in err
