"""Compressed data in a file already named for it is not told to be "named *.gz" (review23).

A plan document ``what-if.toml.gz`` (documents are not read decompressed) and a zip inside a
zip were told "decompress it first (gunzip), or name it *.gz where it is read decompressed":
it is so named. The hint now says the data is compressed where the name's compression is not
undone (a document, or a file compressed twice), and to decompress it first.
"""

from __future__ import annotations

import gzip
import io
import zipfile
from pathlib import Path

import pytest

from ipprules.cli import main

ROOT = Path(__file__).resolve().parents[2]


def _zipped(name: str, data: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(name, data)
    return buffer.getvalue()


def _err(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(argv) == 2
    return capsys.readouterr().err


def test_a_compressed_document_is_not_told_to_be_renamed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "what-if.toml.gz"
    plan.write_bytes(gzip.compress((ROOT / "examples" / "what-if.toml").read_bytes()))
    history = str(ROOT / "examples" / "history.csv")
    for argv in (["good-faith", history, "--what-if", str(plan)], ["check", str(plan)]):
        err = _err(argv, capsys)
        assert f"{plan}:1:2" in err
        assert "name it *.gz" not in err
        assert "decompress it first (gunzip)" in err


def test_a_zip_in_a_zip_is_not_told_to_be_named_zip(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inner = _zipped("urls.txt", b"https://item.taobao.com/item.htm?id=606832683299\n")
    path = tmp_path / "urls.zip"
    path.write_bytes(_zipped("urls.zip", inner))
    err = _err(["listings", str(path)], capsys)
    assert str(path) in err and "zip-compressed data" in err
    assert "name it *.zip" not in err
    assert "decompress it first (unzip)" in err


def test_a_compressed_file_under_a_plain_name_keeps_its_hint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "urls.txt"
    path.write_bytes(gzip.compress(b"https://item.taobao.com/item.htm?id=606832683299\n"))
    assert "or name it *.gz where it is read decompressed" in _err(["listings", str(path)], capsys)
