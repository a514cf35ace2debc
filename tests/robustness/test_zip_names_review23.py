"""A zip whose member's name is empty, or not UTF-8 though flagged so, is read or refused
naming the file (review23): it escaped as ``IndexError`` (``ZipInfo.is_dir`` of an empty
name) or ``UnicodeDecodeError`` from the standard library, an "unexpected failure"."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

import ipprules
from ipprules._files import iter_lines
from ipprules.cli import main
from ipprules.errors import InputError

URL = b"https://item.taobao.com/item.htm?id=606832683299\n"
HISTORY = b"account,type,date,platform,reason_code,listings,taken_down\n"
ROW = b"acme,complaint,2024-01-05,taobao,tm_counterfeit,3,3\n"


def _empty_name(data: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo(""), data)
    return buffer.getvalue()


def _bad_name(data: bytes, where: int) -> bytes:
    """A zip of ``é.txt`` (flagged UTF-8) whose name's bytes are not UTF-8 in the local
    header (``where=0``) or the central directory (``where=1``)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("\u00e9.txt", data)
    raw = buffer.getvalue()
    at = raw.index("\u00e9".encode())
    if where:
        at = raw.index("\u00e9".encode(), at + 1)
    return raw[:at] + b"\xc3\x28" + raw[at + 2 :]


def test_a_member_of_an_empty_name_is_read(tmp_path: Path) -> None:
    path = tmp_path / "urls.zip"
    path.write_bytes(_empty_name(URL))
    assert [text for _, text in iter_lines(str(path), gunzip=True)] == [URL.decode().strip()]


@pytest.mark.parametrize("where", [0, 1], ids=["local-header", "central-directory"])
def test_a_name_not_utf8_is_refused_naming_the_file(
    tmp_path: Path, where: int, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "urls.zip"
    path.write_bytes(_bad_name(URL, where))
    with pytest.raises(InputError) as caught:
        list(iter_lines(str(path), gunzip=True))
    assert str(caught.value).startswith(f"{path}: $: not a readable zip file (")
    assert main(["listings", str(path)]) == 2
    assert "unexpected failure" not in capsys.readouterr().err
    history = tmp_path / "h.csv.zip"
    history.write_bytes(_bad_name(HISTORY + ROW, where))
    with pytest.raises(InputError, match="not a readable zip file"):
        ipprules.History.from_file(str(history))


def test_the_dask_history_readers_take_a_member_of_an_empty_name(tmp_path: Path) -> None:
    pytest.importorskip("dask.dataframe")
    from ipprules.scale import standings

    path = tmp_path / "h.csv.zip"
    path.write_bytes(_empty_name(HISTORY + ROW))
    assert ipprules.History.from_file(str(path)).complaints == 1
    try:
        frame = standings(str(path), "2024-02-01").compute(scheduler="synchronous")
    except InputError:  # refused naming the file is fine; an IndexError is not
        return
    assert len(frame) == 1


def test_a_zip_member_of_an_unknown_method_is_refused_naming_the_file(tmp_path: Path) -> None:
    """Method 93 (Zstandard), which this Python's ``zipfile`` lacks: its
    ``NotImplementedError`` is said as a zip that cannot be read, naming the file."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("urls.txt", URL)
    raw = bytearray(buffer.getvalue())
    local = raw.index(b"PK\x03\x04")
    central = raw.index(b"PK\x01\x02")
    raw[local + 8 : local + 10] = (93).to_bytes(2, "little")
    raw[central + 10 : central + 12] = (93).to_bytes(2, "little")
    path = tmp_path / "urls.zip"
    path.write_bytes(bytes(raw))
    with pytest.raises(InputError) as caught:
        list(iter_lines(str(path), gunzip=True))
    assert str(caught.value).startswith(f"{path}: $: not a readable zip file (")
