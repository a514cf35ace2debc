"""``good-faith HISTORY --what-if h.csv.gz``: a compressed history given as the planned batch was
refused ("gzip-compressed data; ... name it *.gz where it is read decompressed") while the same
file as HISTORY is read decompressed. The batch is now read as the history is: by its name
without the compression suffix, decompressed as it is read."""

from __future__ import annotations

import bz2
import gzip
import lzma
from collections.abc import Callable
from pathlib import Path

import pytest

import ipprules
from ipprules.cli import main

ROOT = Path(__file__).resolve().parents[2]
HISTORY = ROOT / "examples" / "history.csv"
AS_OF = "2022-12-31"

PACKERS: dict[str, Callable[[bytes], bytes]] = {
    ".gz": gzip.compress,
    ".bz2": bz2.compress,
    ".xz": lzma.compress,
}


def _jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "batch.jsonl"
    path.write_text(
        '{"type": "complaint", "date": "2022-12-20", "platform": "taobao", '
        '"reason_code": "tm_counterfeit", "listings": 40, "taken_down": 30, "rejected": 10}\n',
        encoding="utf-8",
    )
    return path


@pytest.mark.no_cover
@pytest.mark.parametrize("suffix", sorted(PACKERS))
@pytest.mark.parametrize("kind", ["csv", "jsonl"])
def test_a_compressed_history_batch_reads_as_the_plain_one(
    tmp_path: Path, suffix: str, kind: str
) -> None:
    plain = HISTORY if kind == "csv" else _jsonl(tmp_path)
    packed = tmp_path / f"batch.{kind}{suffix}"
    packed.write_bytes(PACKERS[suffix](plain.read_bytes()))
    history = ipprules.History.from_file(HISTORY)
    want = ipprules.what_if(history, plain, AS_OF)
    got = ipprules.what_if(history, str(packed), AS_OF)
    assert got == want and got.added == want.added > 0


def test_the_cli_reads_a_gzipped_what_if_history_as_it_reads_the_history(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the history's own rows under new ids (a batch repeating the history's ids is refused)
    plain = tmp_path / "history.csv"
    plain.write_text(HISTORY.read_text(encoding="utf-8").replace(",C0", ",P0"), encoding="utf-8")
    packed = tmp_path / "history.csv.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    args = ["good-faith", str(HISTORY), "--as-of", AS_OF, "--format", "json", "--what-if"]
    want_code = main([*args, str(plain)])
    want = capsys.readouterr()
    got_code = main([*args, str(packed)])
    got = capsys.readouterr()
    assert want_code in (0, 1) and got.err == want.err == ""
    assert (got_code, got.out) == (want_code, want.out)
