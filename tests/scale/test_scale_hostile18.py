"""Hostile input against the Dask surfaces (round 18): the same answer as one machine, or a
clear error naming the file; all on the synchronous scheduler."""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.dataframe")
pytest.importorskip("distributed")

from ipprules.cli import main
from ipprules.scale import parse_urls

URLS = [f"https://item.taobao.com/item.htm?id=60683268{n:04d}" for n in range(30)]


def _summary(argv: list[str], capsys: Any) -> tuple[int, Any]:
    code = main([*argv, "--format", "json"])
    out, err = capsys.readouterr()
    return code, (json.loads(out)["summary"] if out.strip() else err)


@pytest.mark.parametrize(
    ("name", "compress"),
    [
        ("urls.txt.gz", gzip.compress),
        ("urls.gz", gzip.compress),
        ("urls.jsonl.gz", gzip.compress),
        ("urls.txt.bz2", bz2.compress),
        ("urls.jsonl.bz2", bz2.compress),
        ("urls.txt.xz", lzma.compress),
        ("urls.jsonl.xz", lzma.compress),
    ],
)
def test_a_compressed_text_file_is_read_as_one_machine_reads_it(
    name: str, compress: Any, tmp_path: Path, synchronous: None, capsys: Any
) -> None:
    """A ``.txt.gz`` (or ``.jsonl.gz``) file was refused by ``--workers`` as "gzip-compressed
    data; ... name it *.gz where it is read decompressed (... the Dask readers)", although it
    was so named, while ``ipprules listings`` reads it uncompressed without the flag."""
    if "jsonl" in name:
        text = "".join(json.dumps({"url": u}) + "\n" for u in URLS + URLS[:3])
    else:
        text = "\n".join(URLS + URLS[:3]) + "\n\n"
    path = tmp_path / name
    path.write_bytes(compress(text.encode()))
    one = _summary(["listings", str(path)], capsys)
    many = _summary(["listings", str(path), "--workers", "1"], capsys)
    assert one[0] == many[0] == 0, (one, many)
    assert many[1]["total"] == one[1]["total"] == len(URLS) + 3
    assert many[1] == one[1]
    small = parse_urls(str(path), blocksize=64).compute(scheduler="synchronous")
    assert list(small["input"]) == URLS + URLS[:3]


def test_a_bad_line_of_a_compressed_file_is_named_as_on_one_machine(
    tmp_path: Path, synchronous: None, capsys: Any
) -> None:
    path = tmp_path / "urls.txt.gz"
    path.write_bytes(gzip.compress(("\n".join(URLS) + "\nbad\xff\n").encode("latin-1")))
    assert main(["listings", str(path)]) == 2
    one = capsys.readouterr().err
    assert main(["listings", str(path), "--workers", "1"]) == 2
    many = capsys.readouterr().err
    assert ":31:4: $: not UTF-8 text (byte 0xff)" in one
    assert f"{path}:31:4: $: not UTF-8 text (byte 0xff)" in many
    assert len(many.strip().splitlines()) == 1


def test_a_bz2_text_file_is_read_whole_by_the_dask_readers(tmp_path: Path) -> None:
    """As a ``.csv.bz2`` already was (one machine reads it too)."""
    path = tmp_path / "urls.txt.bz2"
    path.write_bytes(bz2.compress(("\n".join(URLS) + "\n").encode()))
    frame = parse_urls(str(path), blocksize=64).compute(scheduler="synchronous")
    assert list(frame["input"]) == URLS


def test_a_compressed_file_cut_short_is_still_named(
    tmp_path: Path, synchronous: None, capsys: Any
) -> None:
    path = tmp_path / "urls.txt.gz"
    path.write_bytes(gzip.compress("\n".join(URLS).encode(), mtime=0)[:40])
    assert main(["listings", str(path), "--workers", "1"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"ipprules: error: {path}: $: cannot read the file: ")
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("blocksize", [2**62, 2**70, "1PiB"])
def test_a_blocksize_far_over_the_file_reads_it_as_one_block(
    blocksize: int | str, tmp_path: Path
) -> None:
    """``blocksize=2**70`` raised ``ValueError: cannot fit 'int' into an offset-sized
    integer`` from ``parse_urls`` (only TypeError or ipprules errors may leave it), and
    ``2**62`` or ``"1PiB"`` said "cannot read the file: Invalid argument" of a good file (each
    read asked for the block's whole length)."""
    path = tmp_path / "urls.txt"
    path.write_text("\n".join(URLS) + "\n", encoding="utf-8")
    frame = parse_urls(str(path), blocksize=blocksize).compute(scheduler="synchronous")
    assert list(frame["input"]) == URLS
    assert frame["ok"].all()


def test_column_on_a_text_file_is_refused_as_on_one_machine(
    tmp_path: Path, synchronous: None, capsys: Any
) -> None:
    """``--column`` names a CSV column or JSON Lines key: one machine refuses it for a file of
    lines; with ``--workers`` it was ignored and the lines parsed (exit 0 against exit 2)."""
    text = tmp_path / "urls.txt"
    text.write_text("\n".join(URLS) + "\n", encoding="utf-8")
    table = tmp_path / "urls.csv"
    table.write_text("link\n" + "\n".join(URLS) + "\n", encoding="utf-8")
    assert main(["listings", str(text), "--column", "link"]) == 2
    one = capsys.readouterr().err
    assert main(["listings", str(text), "--column", "link", "--workers", "1"]) == 2
    many = capsys.readouterr().err
    assert "--column needs a CSV or JSON Lines input" in one
    assert many.strip() == f"ipprules: error: {text}: $: --column needs a CSV or JSON Lines input"
    code, summary = _summary(["listings", str(table), "--column", "link", "--workers", "1"], capsys)
    assert (code, summary["parsed"]) == (0, len(URLS))


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("url,url", "the column 'url' is named twice: which holds the URLs?"),
        ("url,URL", "the column 'url' is named twice ('url' and 'URL'): which holds the URLs?"),
        ("notes,Link,link", "the column 'Link' is named twice ('Link' and 'link')"),
    ],
)
def test_a_url_column_named_twice_is_refused_with_and_without_workers(
    header: str, message: str, tmp_path: Path, synchronous: None, capsys: Any
) -> None:
    """The first of two URL columns was read and the other's URLs dropped without a word, by
    ``ipprules listings`` and by ``--workers`` (``ipprules plan`` refuses such a header)."""
    path = tmp_path / "two.csv"
    cells = [URLS[0], URLS[1]] if header.startswith("url") else ["x", URLS[0], URLS[1]]
    path.write_text(f"{header}\n{','.join(cells)}\n", encoding="utf-8")
    for extra in ([], ["--workers", "1"]):
        assert main(["listings", str(path), *extra]) == 2
        err = capsys.readouterr().err
        assert f"two.csv:1: $: {message}" in err, err
        assert len(err.strip().splitlines()) == 1


def test_an_exact_column_name_among_spellings_is_still_read(
    tmp_path: Path, synchronous: None, capsys: Any
) -> None:
    path = tmp_path / "two.csv"
    path.write_text(f"url,URL\n{URLS[0]},{URLS[1]}\n", encoding="utf-8")
    one = _summary(["listings", str(path), "--column", "URL"], capsys)
    many = _summary(["listings", str(path), "--column", "URL", "--workers", "1"], capsys)
    assert one == many
    assert one[1]["parsed"] == 1


@pytest.mark.parametrize("glob", ["part-?.txt", "part-[01].txt", "part-[!9].txt"])
def test_a_glob_without_a_star_is_expanded(glob: str, tmp_path: Path) -> None:
    """fsspec expands a path with a ``*`` only: ``part-?.txt`` was read as one file of that
    name ("cannot read the file: No such file or directory", naming the glob)."""
    for n in (0, 1):
        (tmp_path / f"part-{n}.txt").write_text(URLS[n] + "\n", encoding="utf-8")
    frame = parse_urls(str(tmp_path / glob)).compute(scheduler="synchronous")
    assert sorted(frame["input"]) == URLS[:2]


def test_a_file_named_like_a_glob_is_read_as_named(tmp_path: Path) -> None:
    (tmp_path / "urls[1].txt").write_text(URLS[0] + "\n", encoding="utf-8")
    (tmp_path / "urls1.txt").write_text(URLS[1] + "\n", encoding="utf-8")
    frame = parse_urls(str(tmp_path / "urls[1].txt")).compute(scheduler="synchronous")
    assert list(frame["input"]) == [URLS[0]]


def test_a_glob_without_a_star_matching_a_directory_is_refused(tmp_path: Path) -> None:
    """As ``crawl*`` is: the directory's files would not be read (it read the directory's
    Parquet files, as a directory named alone)."""
    from ipprules.errors import InputError

    (tmp_path / "crawl").mkdir()
    with pytest.raises(InputError, match="a directory matches the glob"):
        parse_urls(str(tmp_path / "craw?"))


@pytest.mark.parametrize(("first", "second"), [("url", "URL"), ("Link", "link")])
def test_a_json_lines_url_key_spelt_twice_is_refused_with_and_without_workers(
    first: str, second: str, tmp_path: Path, synchronous: None, capsys: Any
) -> None:
    """The JSON Lines twin of a CSV header naming its URL column twice: the last of the two
    keys was read and the other's URL dropped without a word (review20)."""
    import json

    path = tmp_path / "two.jsonl"
    path.write_text(json.dumps({first: URLS[0], second: URLS[1]}) + "\n", encoding="utf-8")
    message = f"the key {first!r} is named twice ({first!r} and {second!r}): which holds the URL?"
    for extra in ([], ["--workers", "1"]):
        assert main(["listings", str(path), *extra]) == 2
        err = capsys.readouterr().err
        assert f"two.jsonl:1: $: {message}" in err, err
        assert len(err.strip().splitlines()) == 1
    one = _summary(["listings", str(path), "--column", second], capsys)
    assert one == _summary(["listings", str(path), "--column", second, "--workers", "1"], capsys)
    assert one[1]["parsed"] == 1
