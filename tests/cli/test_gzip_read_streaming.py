"""``ipprules listings`` and ``ipprules plan`` read a ``*.gz`` file on one machine, as
``--workers`` does (#13: they refused it, "gzip-compressed data; decompress it first"):
decompressed as it is read (the size cap holds for the decompressed bytes), with the same
lines and line numbers as the plain file; a cut or bad gzip file is exit 2 naming it."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from ipprules._files import iter_lines, reading_limits
from ipprules.cli import main
from ipprules.errors import InputError
from ipprules.planner import read_lines

ACCOUNT = "examples/planner-account.toml"
DAY = "2026-11-23"
A = "https://item.taobao.com/item.htm?id=606832683299"
B = "https://m.intl.taobao.com/detail/detail.html?id=606832683299"
TEXTS = {
    "urls.txt": f"# mine\n{A}\n\njunk\n{B}\n",
    "urls.csv": f"url,reason\n{A},tm_counterfeit\n\njunk,tm_counterfeit\n{B},tm_counterfeit\n",
    "urls.jsonl": "\n".join(json.dumps({"link": u, "reason": "tm_counterfeit"}) for u in (A, B)),
}


def _both(tmp_path: Path, name: str) -> tuple[Path, Path]:
    plain, packed = tmp_path / name, tmp_path / f"{name}.gz"
    plain.write_text(TEXTS[name], "utf-8")
    packed.write_bytes(gzip.compress(TEXTS[name].encode()))
    return plain, packed


def test_iter_lines_gunzip_reads_a_gz_file_as_its_text(tmp_path: Path) -> None:
    plain, packed = _both(tmp_path, "urls.txt")
    assert list(iter_lines(packed, gunzip=True)) == list(iter_lines(plain))
    with pytest.raises(InputError, match="gzip-compressed"):  # not asked for: refused as before
        list(iter_lines(packed))


def test_the_size_cap_holds_for_the_decompressed_bytes(tmp_path: Path) -> None:
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress((A + "\n").encode() * 20_000))  # 1 MB from a few KB
    assert path.stat().st_size < 100_000
    with reading_limits(max_bytes=100_000), pytest.raises(InputError, match="larger than"):
        list(iter_lines(path, gunzip=True))


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_read_lines_gives_the_plain_files_lines(tmp_path: Path, name: str) -> None:
    plain, packed = _both(tmp_path, name)
    assert list(read_lines(packed)) == list(read_lines(plain))


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (gzip.compress(TEXTS["urls.csv"].encode())[:40], "Compressed file ended"),
        (TEXTS["urls.csv"].encode(), "Not a gzipped file"),
    ],
    ids=["cut", "not-gzip"],
)
def test_a_cut_or_bad_gzip_file_is_an_input_error_naming_it(
    tmp_path: Path, data: bytes, words: str
) -> None:
    path = tmp_path / "urls.csv.gz"
    path.write_bytes(data)
    with pytest.raises(InputError) as caught:
        list(read_lines(path))
    problem = caught.value.problems[0]
    assert problem.file == str(path)
    assert "not a readable gzip file" in problem.message and words in problem.message


def _json(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, Any]:
    code = main(argv)
    return code, json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_listings_cli_reads_the_gz_file_as_the_plain_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    plain, packed = _both(tmp_path, name)
    got = [
        _json(["listings", str(p), "--dedupe", "--format", "json"], capsys) for p in (plain, packed)
    ]
    assert got[0] == got[1]
    assert got[1][1]["summary"]["total"] >= 2


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_plan_cli_plans_the_gz_file_as_the_plain_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    plain, packed = _both(tmp_path, name)
    argv = ["--account", ACCOUNT, "--as-of", DAY, "--right", "tm-cn", "--reason",
            "tm_counterfeit", "--format", "json"]  # fmt: skip
    got = [_json(["plan", str(p), *argv], capsys) for p in (plain, packed)]
    assert got[0][0] == got[1][0]
    assert got[0][1]["lines"] == got[1][1]["lines"]
    assert [r["status"] for r in got[1][1]["lines"]][:2] == [
        "planned",
        "rejected" if "junk" in TEXTS[name] else "duplicate",
    ]


@pytest.mark.parametrize("command", ["listings", "plan"])
def test_a_cut_gzip_file_is_exit_2_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    path = tmp_path / "urls.csv.gz"
    path.write_bytes(gzip.compress((TEXTS["urls.csv"] * 200).encode())[:-12])  # no trailer
    argv = [command, str(path)] + (
        ["--account", ACCOUNT, "--as-of", DAY] if command == "plan" else []
    )
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert f"{path}: $: not a readable gzip file" in err and "Traceback" not in err


@pytest.mark.parametrize(("suffix", "kind"), [(".bz2", "bzip2"), (".xz", "xz")], ids=["bz2", "xz"])
def test_bz2_and_xz_files_are_read_as_the_dask_readers_read_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], suffix: str, kind: str
) -> None:
    """The Dask readers decompress ``.bz2`` and ``.xz`` as well as ``.gz``: one machine reads
    them too (it refused them as "not UTF-8 text"), a cut one is refused naming its kind, and
    one not named so gets the hint."""
    import bz2
    import lzma

    pack = bz2.compress if suffix == ".bz2" else lzma.compress
    for name, text in TEXTS.items():
        plain, packed = tmp_path / name, tmp_path / f"{name}{suffix}"
        plain.write_text(text, "utf-8")
        packed.write_bytes(pack(text.encode()))
        assert list(read_lines(packed)) == list(read_lines(plain))
        got = [_json(["listings", str(p), "--format", "json"], capsys) for p in (plain, packed)]
        assert got[0] == got[1]
    cut = tmp_path / f"urls.csv{suffix}"
    cut.write_bytes(pack(TEXTS["urls.csv"].encode())[:30])
    with pytest.raises(InputError, match=f"not a readable {kind} file"):
        list(read_lines(cut))
    unnamed = tmp_path / "urls.dat"
    unnamed.write_bytes(pack(TEXTS["urls.txt"].encode()))
    with pytest.raises(InputError, match=f"{kind}-compressed data"):
        list(iter_lines(unnamed))
