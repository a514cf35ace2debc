"""A ``.zip`` (one file inside) or a ``.lzma`` file: the Dask readers (``--workers``) read it
decompressed, as fsspec infers from the name, while one machine refused it as "not UTF-8 text
(byte 0x..): save the file as UTF-8", a wrong hint. One machine now reads it as the Dask
readers do (listings, plan, good-faith), decompressed as it is read under the size cap; a zip
archive that holds no file or several is refused naming it (exit code 2), as is a cut one; a
zip archive under another name is said to be one."""

from __future__ import annotations

import io
import json
import lzma
import zipfile
from pathlib import Path
from typing import Any

import pytest

from ipprules.cli import main

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
URLS = [f"https://item.taobao.com/item.htm?id=60683268{n:04d}" for n in range(30)]


def _zipped(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _run(argv: list[str], capsys: Any) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


PACKS = {
    "urls.txt.zip": lambda data: _zipped({"urls.txt": data}),
    "urls.zip": lambda data: _zipped({"urls.txt": data}),
    "urls.txt.lzma": lambda data: lzma.compress(data, format=lzma.FORMAT_ALONE),
}


@pytest.mark.parametrize("name", sorted(PACKS))
def test_listings_reads_it_as_the_plain_file_and_as_dask(
    name: str, tmp_path: Path, synchronous: None, capsys: Any
) -> None:
    text = ("\n".join([*URLS, *URLS[:3], "not a url"]) + "\n").encode()
    plain = tmp_path / "urls.txt"
    plain.write_bytes(text)
    packed = tmp_path / name
    packed.write_bytes(PACKS[name](text))
    want = _run(["listings", str(plain), "--format", "json"], capsys)
    got = _run(["listings", str(packed), "--format", "json"], capsys)
    assert got[2] == "" and got[0] == want[0] == 1
    assert json.loads(got[1])["summary"] == json.loads(want[1])["summary"]
    many = _run(["listings", str(packed), "--workers", "1", "--format", "json"], capsys)
    assert many[0] == got[0]
    assert json.loads(many[1])["summary"] == json.loads(got[1])["summary"]


def test_good_faith_and_plan_read_a_zipped_file(tmp_path: Path, capsys: Any) -> None:
    history = tmp_path / "history.csv.zip"
    history.write_bytes(_zipped({"history.csv": (EXAMPLES / "history.csv").read_bytes()}))
    args = ["--as-of", "2022-12-31", "--format", "json"]
    want = _run(["good-faith", str(EXAMPLES / "history.csv"), *args], capsys)
    got = _run(["good-faith", str(history), *args], capsys)
    assert got == want and want[0] in (0, 1)
    urls = tmp_path / "planner-urls.csv.zip"
    urls.write_bytes(_zipped({"planner-urls.csv": (EXAMPLES / "planner-urls.csv").read_bytes()}))
    account = ["--account", str(EXAMPLES / "planner-account.toml"), "--as-of", "2026-11-23"]
    want = _run(["plan", str(EXAMPLES / "planner-urls.csv"), *account], capsys)
    got = _run(["plan", str(urls), *account], capsys)
    assert got == want and want[0] == 1


@pytest.mark.parametrize(
    ("files", "said"),
    [
        ({}, "a zip archive of no file"),
        ({"a.txt": URLS[0].encode(), "b.txt": URLS[1].encode()}, "a zip archive of 2 files"),
    ],
)
def test_a_zip_of_no_file_or_several_is_refused(
    files: dict[str, bytes], said: str, tmp_path: Path, capsys: Any
) -> None:
    path = tmp_path / "urls.zip"
    path.write_bytes(_zipped(files))
    code, out, err = _run(["listings", str(path)], capsys)
    assert code == 2 and out == ""
    assert err.startswith(f"ipprules: error: {path}: $: {said}")
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("files", [{}, {"a.txt": URLS[0].encode(), "b.txt": URLS[1].encode()}])
def test_listings_on_dask_refuses_a_zip_of_no_file_or_several_as_one_machine(
    files: dict[str, bytes], tmp_path: Path, synchronous: None, capsys: Any
) -> None:
    """fsspec read the first file of a zip of several (the others dropped without a word) and
    failed on an empty one; ``listings --workers`` now says what one machine says."""
    path = tmp_path / "urls.zip"
    path.write_bytes(_zipped(files))
    one = _run(["listings", str(path)], capsys)
    many = _run(["listings", str(path), "--workers", "1"], capsys)
    assert many[0] == one[0] == 2 and many[1] == ""
    assert many[2].split(": $: ", 1)[1] == one[2].split(": $: ", 1)[1]
    assert str(path) in many[2]


@pytest.mark.parametrize("cut", [10, 60, -30])
def test_a_cut_or_broken_zip_is_refused_naming_it(tmp_path: Path, cut: int, capsys: Any) -> None:
    data = _zipped({"urls.txt": ("\n".join(URLS * 50)).encode()})
    path = tmp_path / "urls.txt.zip"
    path.write_bytes(data[:cut])
    code, out, err = _run(["listings", str(path)], capsys)
    assert code == 2 and out == ""
    assert err.startswith(f"ipprules: error: {path}: $: not a readable zip file")
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_a_zip_under_another_name_is_said_to_be_one(tmp_path: Path, capsys: Any) -> None:
    path = tmp_path / "urls.txt"
    path.write_bytes(_zipped({"urls.txt": ("\n".join(URLS)).encode()}))
    code, _, err = _run(["listings", str(path)], capsys)
    assert code == 2 and "zip-compressed data; decompress it first (unzip)" in err


def test_a_zip_bomb_stops_at_the_size_cap(tmp_path: Path, capsys: Any) -> None:
    path = tmp_path / "urls.txt.zip"
    line = (URLS[0] + "\n").encode()
    path.write_bytes(_zipped({"urls.txt": line * 200_000}))  # 8 MB in about 30 KB
    code, _, err = _run(["listings", str(path), "--max-bytes", "1M"], capsys)
    assert code == 2 and "larger than" in err and str(path) in err


def test_an_encrypted_zip_member_is_refused_naming_the_file(tmp_path: Path, capsys: Any) -> None:
    data = bytearray(_zipped({"urls.txt": ("\n".join(URLS)).encode()}))
    for signature, flags in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):  # set "encrypted"
        at = data.find(signature)
        data[at + flags] |= 1
    path = tmp_path / "urls.zip"
    path.write_bytes(bytes(data))
    code, out, err = _run(["listings", str(path)], capsys)
    assert code == 2 and out == ""
    assert err.startswith(f"ipprules: error: {path}: $: not a readable zip file (")
    assert "password" in err and len(err.strip().splitlines()) == 1


HISTORY_HEADER = "account,type,date,platform,reason_code,listings,taken_down\n"


@pytest.mark.parametrize("count", [0, 2])
def test_the_dask_history_readers_refuse_a_zip_of_no_file_or_several_as_one_machine(
    count: int, tmp_path: Path
) -> None:
    """fsspec read the first file of a zip of several (the others dropped without a word) and
    failed on an empty one with an ``IndexError``."""
    pytest.importorskip("dask.dataframe")
    import ipprules
    from ipprules.errors import InputError
    from ipprules.scale import read_histories, standings

    files = {
        f"{n}.csv": (HISTORY_HEADER + f"a{n},complaint,2024-01-05,taobao,tm_x,3,3\n").encode()
        for n in range(count)
    }
    path = tmp_path / "h.csv.zip"
    path.write_bytes(_zipped(files))
    with pytest.raises(InputError) as one:
        ipprules.History.from_file(str(path))
    with pytest.raises(InputError) as many:
        standings(str(path), "2024-02-01").compute(scheduler="synchronous")
    assert str(many.value) == str(one.value)
    assert str(one.value).startswith(f"{path}: $: a zip archive of ")
    with pytest.raises(InputError, match="a zip archive of "):
        read_histories(str(path), history=False)


def test_the_dask_history_readers_read_a_zip_of_one_file(tmp_path: Path) -> None:
    pytest.importorskip("dask.dataframe")
    from ipprules.scale import standings

    path = tmp_path / "h.csv.zip"
    row = "acme,complaint,2024-01-05,taobao,tm_counterfeit,3,3\n"
    path.write_bytes(_zipped({"h.csv": (HISTORY_HEADER + row).encode()}))
    frame = standings(str(path), "2024-02-01").compute(scheduler="synchronous")
    assert len(frame) == 1
