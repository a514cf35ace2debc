"""The Parquet files of the Dask listings path: written with ``PARQUET_OPTIONS`` (dictionary
encoding and statistics only where they pay), read back as the same frame.

Before, ``ipprules listings --out`` and ``benchmarks/scale.py`` wrote with ``to_parquet``'s
defaults: dictionary encoding tried on every column (the URLs, ids, identity keys and
positions too, only to fall back) and statistics on every column, about a fifth of the CPU
of the write for nothing the reader gets.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from scale_cluster import cluster_client  # noqa: F401  (the fixture "client")

from _scripts import load
from ipprules.cli import main
from ipprules.errors import IpprulesError
from ipprules.scale import COLUMNS, PARQUET_OPTIONS, parse_urls, write_listings

dd = pytest.importorskip("dask.dataframe")
pq = pytest.importorskip("pyarrow.parquet")

SYNC = {"scheduler": "synchronous"}

URLS = [
    "https://item.taobao.com/item.htm?id=606832683299",
    "https://m.intl.taobao.com/detail/detail.html?id=606832683299&tk=x",
    "https://detail.tmall.com/item.htm?id=690091011924&skuId=1",
    "https://www.aliexpress.com/item/1005004878609097.html",
    "https://fr.aliexpress.com/i/3256804692294345.html",
    "https://www.alibaba.com/product-detail/Lamp-Shade_585943639773.html",
    "https://www.lazada.sg/products/lamp-i993154784090-s993154784090.html",
    "https://shop606832683299.taobao.com/",
    "https://s.taobao.com/search?q=shoes",
    "https://m.tb.cn/h.4CEhFr0",
    "not a url",
    None,
    "https://detail.1688.com/offer/585943639773.html?spm=a",
]
NAMES = [name for name, _ in COLUMNS]
#: columns of few distinct values: a dictionary
FEW = {"platform", "marketplace", "kind", "region", "code", "reason", "status", "partition"}
#: the long texts and the positions: no dictionary
MANY = {"input", "id", "canonical_url", "identity", "slug", "derived_key", "position"}
#: statistics only for the numbers
NUMBERS = {"partition", "position", "first_partition", "first_position"}


def _frame(npartitions: int = 3) -> Any:
    return dd.from_pandas(pd.DataFrame({"url": URLS * 2}), npartitions=npartitions)


def _columns(path: Path) -> dict[str, Any]:
    """Each column's chunk metadata of the first row group of the file ``path``."""
    group = pq.ParquetFile(path).metadata.row_group(0)
    return {group.column(i).path_in_schema: group.column(i) for i in range(group.num_columns)}


def _dictionary(chunk: Any) -> bool:
    return any("DICTIONARY" in encoding for encoding in chunk.encodings)


def _check_encoded_as_declared(folder: Path) -> None:
    files = sorted(folder.glob("*.parquet"))
    assert files
    for path in files:
        chunks = _columns(path)
        assert list(chunks) == NAMES
        for name, chunk in chunks.items():
            assert chunk.compression == "SNAPPY", name
            assert _dictionary(chunk) == (name in PARQUET_OPTIONS["use_dictionary"]), name
            assert chunk.is_stats_set == (name in PARQUET_OPTIONS["write_statistics"]), name
        for name in FEW:
            assert _dictionary(chunks[name]), name
        for name in MANY:
            assert not _dictionary(chunks[name]), name
        assert {name for name, chunk in chunks.items() if chunk.is_stats_set} == NUMBERS


@pytest.mark.parametrize("dedupe", [False, True])
def test_written_as_declared_and_read_back_as_to_parquet_writes(
    tmp_path: Path, dedupe: bool
) -> None:
    rows = parse_urls(_frame(), dedupe=dedupe)
    rows.to_parquet(tmp_path / "plain", write_index=False, compute_kwargs=SYNC)
    assert write_listings(rows, tmp_path / "ours", compute_kwargs=SYNC) is None
    _check_encoded_as_declared(tmp_path / "ours")
    plain, ours = pd.read_parquet(tmp_path / "plain"), pd.read_parquet(tmp_path / "ours")
    pd.testing.assert_frame_equal(ours, plain, check_exact=True)
    assert list(ours.columns) == NAMES
    assert len(ours) == 2 * len(URLS)  # every row once
    assert (ours["status"] == "duplicate").any() == dedupe
    assert ours["input"].isna().sum() == 2 and ours["region"].notna().any()
    pd.testing.assert_frame_equal(
        dd.read_parquet(tmp_path / "ours").compute(scheduler="synchronous"),
        dd.read_parquet(tmp_path / "plain").compute(scheduler="synchronous"),
        check_exact=True,
    )
    schema = pq.read_schema(tmp_path / "ours" / "part.0.parquet")
    assert schema.equals(pq.read_schema(tmp_path / "plain" / "part.0.parquet"), check_metadata=True)


def test_your_options_replace_the_defaults(tmp_path: Path) -> None:
    rows = parse_urls(_frame(1), dedupe=False)
    lazy = write_listings(
        rows, tmp_path / "z", compression="zstd", use_dictionary=True, compute=False
    )
    assert not (tmp_path / "z").exists() or not list((tmp_path / "z").glob("*.parquet"))
    lazy.compute(scheduler="synchronous")
    chunks = _columns(tmp_path / "z" / "part.0.parquet")
    assert {chunk.compression for chunk in chunks.values()} == {"ZSTD"}
    assert _dictionary(chunks["input"]) and _dictionary(chunks["identity"])
    assert not chunks["input"].is_stats_set  # not overridden: still the default
    write_listings(rows, tmp_path / "i", write_index=True, compute_kwargs=SYNC)
    assert pd.read_parquet(tmp_path / "i").index.tolist() == list(range(len(URLS) * 2))


def test_a_wrong_frame_or_place_is_refused(tmp_path: Path) -> None:
    rows = parse_urls(_frame(1), dedupe=False)
    with pytest.raises(TypeError, match="Dask DataFrame"):
        write_listings(rows.compute(scheduler="synchronous"), tmp_path / "o")
    with pytest.raises(TypeError, match="path must be"):
        write_listings(rows, 42)
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(IpprulesError, match=r"cannot write the rows as Parquet to .*file"):
        write_listings(rows, tmp_path / "file" / "o", compute_kwargs=SYNC)
    with pytest.raises(IpprulesError, match="cannot write the rows as Parquet to"):
        write_listings(rows, tmp_path / "c", compression="no-such-codec", compute_kwargs=SYNC)


def test_the_command_writes_with_the_options(client: Any, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("\n".join(u or "" for u in URLS) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    code = main(
        [
            "listings",
            str(tmp_path / "a.txt"),
            "--dedupe",
            "--scheduler",
            client.scheduler.address,
            "--out",
            str(out),
        ]
    )
    assert code == 1  # rejections
    _check_encoded_as_declared(out)
    back = pd.read_parquet(out)
    assert back["input"].tolist()[:3] == URLS[:3]


def test_the_benchmark_writes_as_the_library_does(tmp_path: Path) -> None:
    """Both runs of ``benchmarks/scale.py`` that write Parquet (Dask, and its work in one
    process) write it as a user's run does, not with ``to_parquet``'s defaults."""
    scale = load("benchmarks/scale.py")
    source = tmp_path / "in"
    source.mkdir()
    for i in range(2):
        pd.DataFrame({"url": [u or "" for u in URLS]}).to_parquet(source / f"u{i}.parquet")
    paths = sorted(str(p) for p in source.glob("*.parquet"))
    scale.dask_run("synchronous", str(source), str(tmp_path / "dask"), False)
    scale.single_records(paths, str(tmp_path / "single"))
    _check_encoded_as_declared(tmp_path / "dask")
    _check_encoded_as_declared(tmp_path / "single")
    pd.testing.assert_frame_equal(
        pd.read_parquet(tmp_path / "dask"), pd.read_parquet(tmp_path / "single")
    )


def test_a_directory_that_holds_files_is_refused(tmp_path: Path) -> None:
    """``to_parquet`` leaves the files it does not write: a second write of fewer partitions
    to the same directory read back with the first write's last files (more rows than
    written). Refused, as ``ipprules listings --out`` refuses it; ``overwrite=True`` and
    ``append=True`` say what to do with them."""
    out = tmp_path / "o"
    write_listings(parse_urls(_frame(3), dedupe=False), out, compute_kwargs=SYNC)
    assert len(pd.read_parquet(out)) == 2 * len(URLS)
    fewer = parse_urls(_frame(1), dedupe=False)
    with pytest.raises(IpprulesError, match=r"o: the directory is not empty \(it holds part\.0"):
        write_listings(fewer, out, compute_kwargs=SYNC)
    assert len(pd.read_parquet(out)) == 2 * len(URLS)  # untouched
    write_listings(fewer, out, overwrite=True, compute_kwargs=SYNC)
    assert sorted(p.name for p in out.iterdir()) == ["part.0.parquet"]
    assert len(pd.read_parquet(out)) == 2 * len(URLS)
    write_listings(fewer, out, append=True, compute_kwargs=SYNC)
    assert len(pd.read_parquet(out)) == 4 * len(URLS)
    (tmp_path / "empty").mkdir()
    write_listings(fewer, tmp_path / "empty", compute_kwargs=SYNC)
    assert len(pd.read_parquet(tmp_path / "empty")) == 2 * len(URLS)


@pytest.mark.parametrize("dedupe", [False, True])
def test_overwriting_the_directory_the_urls_are_read_from_is_refused(
    tmp_path: Path, dedupe: bool
) -> None:
    """``overwrite=True`` deletes the directory before the graph runs: with the path glob
    of :func:`parse_urls` under it, the user's input file was deleted and the run failed on
    a missing file (review17). Refused before anything is deleted; another directory is
    fine."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "urls.txt").write_text("\n".join(u for u in URLS if u) + "\n", encoding="utf-8")
    rows = parse_urls(str(data / "*.txt"), dedupe=dedupe)
    with pytest.raises(IpprulesError, match=r"overwrite=True: the rows are read from .*urls\.txt"):
        write_listings(rows, data, overwrite=True, compute_kwargs=SYNC)
    assert (data / "urls.txt").exists()
    with pytest.raises(IpprulesError, match="the rows are read from"):
        write_listings(rows, tmp_path, overwrite=True, compute_kwargs=SYNC)
    assert (data / "urls.txt").exists()
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "old.parquet").write_bytes(b"")
    write_listings(rows, tmp_path / "other", overwrite=True, compute_kwargs=SYNC)
    assert len(pd.read_parquet(tmp_path / "other")) == len([u for u in URLS if u])


def test_an_engine_the_writer_lacks_is_the_librarys_error(tmp_path: Path) -> None:
    rows = parse_urls(_frame(1), dedupe=False)
    with pytest.raises(
        IpprulesError, match=r"cannot write the rows as Parquet to .*(?i:fastparquet)"
    ):
        write_listings(rows, tmp_path / "o", engine="fastparquet", compute_kwargs=SYNC)
