"""Listings at scale = ``dedupe(parse_listings(...))`` on one machine, row for row."""

from __future__ import annotations

from typing import Any

import dask
import dask.dataframe as dd
import pandas as pd
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from scale_cluster import cluster_client  # noqa: F401  (the fixture "client")
from scale_data import url_lists, urls

from _hypothesis_profiles import CAPS, profile_name
from ipprules.listings import Duplicate, Listing, dedupe, parse_listings
from ipprules.scale import COLUMNS, listing_meta, parse_partition, parse_urls, read_urls

FEW = settings(max_examples=8, deadline=None, suppress_health_check=list(HealthCheck))
VERY_FEW = settings(max_examples=4, deadline=None, suppress_health_check=list(HealthCheck))


def _frame(texts: list[str | None], parts: int, *, repeated: bool = False) -> dd.DataFrame:
    if not repeated:
        frame = pd.DataFrame({"url": pd.Series(texts, dtype=object)})
        return dd.from_pandas(frame, npartitions=parts)
    # index labels that repeat, as pd.concat of batches leaves them (0, 1, 0, 1...)
    labels = [i % 2 for i in range(len(texts))]
    frame = pd.DataFrame({"url": pd.Series(texts, dtype=object, index=labels)})
    return dd.from_pandas(frame, npartitions=parts, sort=False)


def _offsets(frame: dd.DataFrame) -> list[int]:
    sizes = [len(p) for p in dask.compute(*frame.to_delayed(), scheduler="synchronous")]
    return [sum(sizes[:i]) for i in range(len(sizes))]


def _expected(texts: list[str | None], use_derived: bool, deduped: bool) -> list[dict[str, Any]]:
    """The single-machine answer, in the record schema."""
    results: Any = parse_listings(t if isinstance(t, str) else "" for t in texts)
    if deduped:
        results = dedupe(results, use_derived=use_derived)
    rows = []
    for position, r in results:
        first = None
        if isinstance(r, Duplicate):
            first, r = r.first, r.listing
        row: dict[str, Any] = r.as_dict() | {"global": position, "first": first}
        row["input"] = texts[position]  # a missing URL stays missing in the frame
        if first is not None:
            row["status"] = "duplicate"
        else:
            row["status"] = "listing" if type(r) is Listing else "rejected"
        rows.append(row)
    return rows


def _plain(value: Any) -> Any:
    return None if value is pd.NA or value is None else value


def _check(
    texts: list[str | None],
    parts: int,
    scheduler: Any,
    *,
    use_derived: bool = False,
    deduped: bool = True,
    repeated: bool = False,
) -> None:
    frame = _frame(texts, parts, repeated=repeated)
    out = parse_urls(frame, dedupe=deduped, use_derived=use_derived)
    (got,) = dask.compute(out, scheduler=scheduler)
    offsets = _offsets(frame)
    expected = _expected(texts, use_derived, deduped)
    # conservation: one row per input, each (partition, position) once, in input order
    assert len(got) == len(texts)
    places = list(zip(got["partition"], got["position"], strict=True))
    assert len(set(places)) == len(places)
    globals_ = [offsets[p] + q for p, q in places]
    assert globals_ == list(range(len(texts)))
    assert list(got.columns) == [name for name, _ in COLUMNS]
    assert dict(got.dtypes) == dict(listing_meta().dtypes)
    for (_, row), want in zip(got.iterrows(), expected, strict=True):
        for name in want:
            if name in ("global", "first"):
                continue
            assert _plain(row[name]) == want[name], (name, row, want)
        if want["first"] is None:
            assert row["first_partition"] is pd.NA and row["first_position"] is pd.NA
        else:
            assert offsets[row["first_partition"]] + row["first_position"] == want["first"]


maybe_missing = st.lists(st.one_of(urls(), urls(), urls(), st.none()), max_size=40)


@pytest.mark.no_cover
@FEW
@given(maybe_missing, st.integers(1, 5), st.booleans())
def test_synchronous_equals_one_machine(texts: list[str | None], parts: int, derived: bool) -> None:
    _check(texts or ["x"], parts, "synchronous", use_derived=derived)


@FEW
@given(maybe_missing, st.integers(1, 4))
@example(  # one partition, a listing twice under labels 0, 1, 0: marked by label, it failed
    ["https://item.taobao.com/item.htm?id=606832683299", "x",
     "https://item.taobao.com/item.htm?id=606832683299"], 1,
)  # fmt: skip
def test_repeated_index_labels_change_nothing(texts: list[str | None], parts: int) -> None:
    _check(texts, parts, "synchronous", repeated=True)


@FEW
@given(url_lists, st.integers(1, 4))
def test_without_dedupe_every_row_parsed_in_place(texts: list[str], parts: int) -> None:
    _check(texts or ["x"], parts, "synchronous", deduped=False)


def test_local_cluster_equals_one_machine(client: Any, request: pytest.FixtureRequest) -> None:
    """The worker processes' rows are the one machine's: the property the synchronous tests
    above draw 8 examples of, here on 2 drawn lists (the process path is the point, and each
    costs seconds of a cluster's round trips); 4 under a full-budget profile (``thorough``)."""
    full = CAPS.get(profile_name(request.config)) is None

    @settings(VERY_FEW, max_examples=4 if full else 2)
    @given(url_lists, st.integers(2, 6))
    def check(texts: list[str], parts: int) -> None:
        _check(texts or ["x"], parts, client)

    check()


_PIECES = ["\t", " ", "\r", "\n", "\x00", "\u3000", "\u200b", "\ufeff", "，", "。",
           "@", "xn--", ".", "#", "%2F", "//", "?id=606832683299", "\u0430", "淘宝", "😀"]  # fmt: skip


@st.composite
def _spliced(draw: st.DrawFn) -> str:
    """A URL of the scale tests with hostile characters spliced in anywhere."""
    text = draw(urls())
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(_PIECES)) + text[at:]
    return text


_HOSTILE = st.one_of(_spliced(), st.lists(st.sampled_from(_PIECES), max_size=6).map("".join),
                     st.text())  # fmt: skip


@pytest.mark.no_cover
@FEW
@given(st.lists(st.one_of(_HOSTILE, urls()), min_size=1, max_size=30), st.integers(1, 4))
def test_hostile_texts_give_the_one_machine_answer(texts: list[str], parts: int) -> None:
    """Hostile alphabets (spliced into marketplace URLs, concatenated pieces, any text) through
    the Dask path, de-duplicated or not: ``dedupe(parse_listings(...))``'s rows."""
    _check(texts, parts, "synchronous")
    _check(texts, parts, "synchronous", deduped=False)


# (every real URL, then again upper-cased, in 7 partitions: compared field for field, with
# the dtypes, in test_same_answer_dasksame.py, read from files of every kind; the same texts
# in 7 partitions of a frame here were a second computation of the same rows, some 20 s)


def test_threads_and_processes_agree(client: Any) -> None:
    # 37 listings, each repeated across the 4 partitions (each partition a task on a process)
    texts = [f"https://item.taobao.com/item.htm?id={600000000000 + i % 37}" for i in range(200)]
    out = parse_urls(_frame(texts, 4))
    (threads,) = dask.compute(out, scheduler="threads")
    (procs,) = dask.compute(out, scheduler=client)
    key = ["partition", "position"]
    pd.testing.assert_frame_equal(
        threads.sort_values(key).reset_index(drop=True),
        procs.sort_values(key).reset_index(drop=True),
    )
    assert (threads["status"] == "listing").sum() == 37


def test_graph_is_built_without_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    """meta is declared: building the graph parses nothing (not even a fake row)."""
    import ipprules.columnar
    import ipprules.listings

    calls: list[str] = []
    column, listing = ipprules.columnar.parse_column, ipprules.listings.parse_listing

    def counting_column(urls: Any, **options: Any) -> Any:
        calls.append("column")
        return column(urls, **options)

    def counting_listing(text: str) -> Any:
        calls.append("listing")
        return listing(text)

    monkeypatch.setattr(ipprules.columnar, "parse_column", counting_column)
    monkeypatch.setattr(ipprules.listings, "parse_listing", counting_listing)
    out = parse_urls(_frame(["https://item.taobao.com/item.htm?id=606832683299"] * 3, 2))
    assert calls == []
    assert out.npartitions == 2
    (got,) = dask.compute(out, scheduler="synchronous")
    # the first pass parses each URL for its key, the second each partition for its rows
    assert calls.count("listing") == 3 and calls.count("column") == 2
    assert got["status"].tolist() == ["listing", "duplicate", "duplicate"]


def test_meta_helper_matches_a_parsed_partition() -> None:
    part = parse_partition(
        pd.DataFrame({"url": ["https://detail.1688.com/offer/585943639773.html", None]})
    )
    assert dict(part.dtypes) == dict(listing_meta().dtypes)
    assert part["input"].tolist()[1] is pd.NA
    assert part["code"].tolist()[1] == "empty"


def test_columns_start_with_the_listings_record_schema() -> None:
    from ipprules.listings import RECORD_FIELDS, parse_listing

    assert COLUMNS[: len(RECORD_FIELDS)] == RECORD_FIELDS
    for text in ("https://detail.1688.com/offer/585943639773.html", "https://m.tb.cn/h.4CEhFr0"):
        record = parse_listing(text).as_dict()
        row = parse_partition(pd.DataFrame({"url": [text]})).iloc[0]
        assert {k: (None if row[k] is pd.NA else row[k]) for k in record} == record


def test_read_text_csv_and_parquet(tmp_path: Any) -> None:
    texts = [
        "https://item.taobao.com/item.htm?id=606832683299",
        "",
        "  ",
        "not a url",
        "https://m.intl.taobao.com/detail/detail.html?id=606832683299",
    ]
    (tmp_path / "a.txt").write_text("\ufeff" + "\r\n".join(texts) + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "https://detail.tmall.com/item.htm?id=1234567890\n", encoding="utf-8"
    )
    kept = [t for t in texts if t.strip()] + ["https://detail.tmall.com/item.htm?id=1234567890"]
    text = read_urls(str(tmp_path / "*.txt"), blocksize=40)
    assert text.npartitions >= 3
    got = text.compute(scheduler="synchronous")["url"].tolist()
    assert got == kept
    pd.DataFrame({"url": kept, "other": range(len(kept))}).to_csv(tmp_path / "u.csv", index=False)
    assert (
        read_urls(str(tmp_path / "u.csv")).compute(scheduler="synchronous")["url"].tolist() == kept
    )
    pd.DataFrame({"url": kept}).to_parquet(tmp_path / "u.parquet")
    assert (
        read_urls(str(tmp_path / "u.parquet")).compute(scheduler="synchronous")["url"].tolist()
        == kept
    )
    out = parse_urls(str(tmp_path / "*.txt"), blocksize=40)
    out.to_parquet(tmp_path / "out", compute_kwargs={"scheduler": "synchronous"})
    back = pd.read_parquet(tmp_path / "out")
    assert back["status"].tolist() == ["listing", "rejected", "duplicate", "listing"]


def test_bad_sources_are_refused() -> None:
    from ipprules.errors import InputError

    with pytest.raises(InputError, match="no column 'link'"):
        parse_urls(_frame(["x"], 1), column="link")
    with pytest.raises(TypeError):
        parse_urls(42)  # type: ignore[arg-type]


def test_read_errors_name_the_file(tmp_path: Any) -> None:
    from ipprules.errors import InputError

    with pytest.raises(InputError, match="no file matches"):
        read_urls(str(tmp_path / "*.parquet"))
    pd.DataFrame({"link": ["x"]}).to_parquet(tmp_path / "a.parquet")
    with pytest.raises(InputError, match="no column 'url'") as error:
        read_urls(str(tmp_path / "*.parquet"), column="url")
    assert "a.parquet" in str(error.value)
    # every file's schema is read, not only the first one's
    (tmp_path / "a.parquet").unlink()
    pd.DataFrame({"url": ["x"]}).to_parquet(tmp_path / "a.parquet")
    pd.DataFrame({"link": ["x"]}).to_parquet(tmp_path / "b.parquet")
    with pytest.raises(InputError, match="no column 'url' \\(columns: link\\)") as error:
        read_urls(str(tmp_path / "*.parquet"), column="url")
    assert error.value.file == str(tmp_path / "b.parquet")
    pd.DataFrame({"link": ["x"]}).to_csv(tmp_path / "b.csv.gz", index=False)
    with pytest.raises(InputError, match="no column 'url'"):
        read_urls(str(tmp_path / "b.csv.gz"), column="url").compute(scheduler="synchronous")


def test_text_blocks_are_strict_utf8_located_by_file_line(tmp_path: Any) -> None:
    """A bad byte or a NUL in a later block of a text file is an InputError naming the file
    and its line in the whole file (as ipprules listings on one machine), never replaced."""
    from ipprules.errors import InputError

    good = "".join(f"https://item.taobao.com/item.htm?id={606832683299 + i}\n" for i in range(50))
    (tmp_path / "bad.txt").write_bytes(good.encode() + b"https://x.cn/\xe4\xb8 cut\n" + b"ok\n")
    frame = read_urls(str(tmp_path / "bad.txt"), blocksize=200)
    assert frame.npartitions > 5
    with pytest.raises(InputError, match="not UTF-8 text \\(byte 0xe4\\)") as error:
        frame.compute(scheduler="synchronous")
    assert (error.value.file, error.value.line, error.value.column) == (
        str(tmp_path / "bad.txt"),
        51,
        14,
    )
    (tmp_path / "nul.txt").write_bytes(good.encode() + b"a\x00b\n")
    with pytest.raises(InputError, match="NUL byte") as error:
        read_urls(str(tmp_path / "nul.txt"), blocksize=300).compute(scheduler="synchronous")
    assert (error.value.line, error.value.column) == (51, 2)


@pytest.mark.parametrize(
    ("content", "message", "line"),
    [
        (b"url\nhttps://a.cn/x\n\xff\n", "not UTF-8 text", 3),
        (b"url\nx\x00y\n", "NUL byte", 2),
        (b'url,x\n"a,b\n', "not valid CSV", 2),
    ],
)
def test_csv_errors_name_the_file(
    tmp_path: Any, content: bytes, message: str, line: int | None
) -> None:
    from ipprules.errors import InputError

    (tmp_path / "u.csv").write_bytes(content)
    with pytest.raises(InputError, match=message) as error:
        read_urls(str(tmp_path / "u.csv")).compute(scheduler="synchronous")
    assert error.value.file == str(tmp_path / "u.csv")
    assert error.value.line == line


def test_an_empty_csv_file_holds_no_url(tmp_path: Any) -> None:
    """As on one machine (0 inputs): no rows, not an error."""
    (tmp_path / "u.csv").write_bytes(b"")
    assert read_urls(str(tmp_path / "u.csv")).compute(scheduler="synchronous").empty


def test_a_csv_without_the_column_is_refused_before_computing(tmp_path: Any) -> None:
    from ipprules.errors import InputError

    (tmp_path / "a.csv").write_text("url\nx\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text("link,other\nx,1\n", encoding="utf-8")
    with pytest.raises(
        InputError, match="no column 'url' in the header \\(columns: link, other\\)"
    ) as error:
        read_urls(str(tmp_path / "*.csv"), column="url")  # no compute: headers read on the client
    assert error.value.file == str(tmp_path / "b.csv")


def test_directory_and_gzip_inputs(tmp_path: Any) -> None:
    urls = ["https://item.taobao.com/item.htm?id=606832683299", "not a url"]
    folder = tmp_path / "dir"
    folder.mkdir()
    for i, url in enumerate(urls):
        pd.DataFrame({"url": [url]}).to_parquet(folder / f"part.{i}.parquet")
    frame = read_urls(str(folder))
    assert frame.npartitions == 2
    assert frame.compute(scheduler="synchronous")["url"].tolist() == urls
    pd.DataFrame({"url": urls}).to_csv(tmp_path / "u.csv.gz", index=False)
    got = parse_urls(str(tmp_path / "u.csv.gz")).compute(scheduler="synchronous")
    assert got["status"].tolist() == ["listing", "rejected"]


@pytest.mark.parametrize(
    ("values", "error", "message"),
    [
        (pd.Series([1, 2]), TypeError, "holds int64 values, not text"),
        (pd.Series(["x", 3.5], dtype=object), TypeError, "holds a float at row 1"),
        (pd.Series([b"x"], dtype=object), TypeError, "holds a bytes at row 0"),
        (pd.Series(["ok", "a\ud800"], dtype=object), None, r"\$\[1\]: not valid Unicode"),
    ],
)
def test_url_cells_that_are_not_text_are_refused_not_emptied(
    values: Any, error: type[Exception] | None, message: str
) -> None:
    from ipprules.errors import InputError

    with pytest.raises(error or InputError, match=message):
        parse_partition(pd.DataFrame({"url": values}))


def test_missing_url_cells_are_empty_rejections() -> None:
    values = pd.Series([None, float("nan"), pd.NA, pd.NaT, "https://m.tb.cn/h.x"], dtype=object)
    out = parse_partition(pd.DataFrame({"url": values}))
    assert out["code"].tolist() == ["empty"] * 4 + ["short-link"]
    assert out["input"].isna().tolist() == [True] * 4 + [False]
    assert parse_partition(pd.DataFrame({"url": pd.Series([float("nan")] * 2)}))[
        "code"
    ].tolist() == [
        "empty",
        "empty",
    ]


def test_a_parquet_url_column_of_numbers_is_refused_naming_the_file(tmp_path: Any) -> None:
    from ipprules.errors import InputError
    from ipprules.scale import read_histories

    pd.DataFrame({"account": ["a"], "url": [606832683299]}).to_parquet(tmp_path / "n.parquet")
    with pytest.raises(InputError, match="the column 'url' holds int64 values, not text") as error:
        read_urls(str(tmp_path / "n.parquet"))
    assert error.value.file == str(tmp_path / "n.parquet")
    with pytest.raises(InputError, match="holds int64 values"):
        read_histories(str(tmp_path / "n.parquet"), text="url")
    assert read_histories(str(tmp_path / "n.parquet")).npartitions == 1  # counts may be numbers
    pd.DataFrame({"url": [None, None]}).to_parquet(tmp_path / "nulls.parquet")
    got = parse_urls(str(tmp_path / "nulls.parquet")).compute(scheduler="synchronous")
    assert got["code"].tolist() == ["empty", "empty"]


def test_json_lines_files_are_read_as_on_one_machine(tmp_path: Any) -> None:
    """A ``.jsonl`` file, and a text file whose first line starts with ``{``, are JSON Lines
    under ``--workers`` as without: they were read as one URL per line (every object a
    ``not-a-url`` rejection)."""
    from ipprules.cli.listings import read_urls as read_one
    from ipprules.errors import InputError

    taobao = "https://item.taobao.com/item.htm?id=606832683299"
    lines = [f'{{"url": "{taobao}", "n": 1}}', "", '{"Link": "not a url"}', '{"url": null}']
    (tmp_path / "a.jsonl").write_text("\r\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f'{{"href": "{taobao}"}}\n', encoding="utf-8")
    expected = [t for n in ("a.jsonl", "b.txt") for _, t in read_one(str(tmp_path / n))]
    assert expected == [taobao, "not a url", "", taobao]  # a null URL: an input, empty
    for size in (16, "32MiB"):  # many blocks: each line once, in file order
        got = read_urls(str(tmp_path / "*"), column=None, blocksize=size)
        assert got.compute(scheduler="synchronous")["url"].tolist() == expected
    # an object without a URL on the 6th line, in a later block: named by its line
    (tmp_path / "a.jsonl").write_text("\n".join([*lines, "", '{"name": "x"}']) + "\n")
    with pytest.raises(InputError, match="no URL key") as error:
        read_urls(str(tmp_path / "a.jsonl"), column=None, blocksize=16).compute(
            scheduler="synchronous"
        )
    assert (error.value.file, error.value.line) == (str(tmp_path / "a.jsonl"), 6)


def test_categorical_url_columns_are_text() -> None:
    """A categorical column (Parquet's dictionary encoding) holds text: it was refused as
    "category values, not text" (for a Parquet file, after the up-front check passed it)."""
    texts = [
        "https://item.taobao.com/item.htm?id=606832683299",
        "https://item.taobao.com/item.htm?id=606832683299",
        None,
        "not a url",
    ]
    plain = parse_urls(_frame(texts, 2)).compute(scheduler="synchronous")
    for series in (pd.Series(texts, dtype="category"),):
        frame = dd.from_pandas(pd.DataFrame({"url": series}), npartitions=2)
        got = parse_urls(frame).compute(scheduler="synchronous")
        assert got.drop(columns=["input"]).equals(plain.drop(columns=["input"]))
        assert got["status"].tolist() == ["listing", "duplicate", "rejected", "rejected"]


def _mixed_folder(tmp_path: Any) -> tuple[str, list[str]]:
    """A folder of a text, two CSV (one an Excel export: BOM, CRLF) and a Parquet file, and
    the URLs of its files, each read on one machine as its own name says."""
    from ipprules.cli.listings import read_urls as read_one

    tmall = "https://detail.tmall.com/item.htm?id=690091011924"
    taobao = "https://item.taobao.com/item.htm?id=606832683299"
    (tmp_path / "a.txt").write_text(f"{taobao}\n\nnot a url\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text(f"url,notes\n{tmall},x\n{taobao},y\n", encoding="utf-8")
    (tmp_path / "c.CSV").write_bytes(f"\ufeffnotes,url\r\nz,{tmall}\r\n".encode())
    pd.DataFrame({"url": [taobao, "https://s.taobao.com/search?q=x"]}).to_parquet(
        tmp_path / "d.parquet"
    )
    texts = [text for name in ("a.txt", "b.csv", "c.CSV") for _, text in read_one(
        str(tmp_path / name))] + [taobao, "https://s.taobao.com/search?q=x"]  # fmt: skip
    return str(tmp_path / "*"), texts


def test_a_mixed_glob_reads_each_file_by_its_own_kind(tmp_path: Any) -> None:
    glob, texts = _mixed_folder(tmp_path)
    assert len(texts) == 7
    frame = read_urls(glob, blocksize=16)
    assert frame.compute(scheduler="synchronous")["url"].tolist() == texts
    got = parse_urls(glob, blocksize=16).compute(scheduler="synchronous")
    expected = list(dedupe(parse_listings(texts)))
    assert got["status"].tolist() == [
        "duplicate" if isinstance(r, Duplicate) else "listing" if r.ok else "rejected"
        for _, r in expected
    ]
    # a CSV file of a mixed glob is checked before anything runs, as in a *.csv glob
    (tmp_path / "e.csv").write_text("link\nx\n", encoding="utf-8")
    from ipprules.errors import InputError

    with pytest.raises(InputError, match="no column 'url'") as error:
        read_urls(glob, column="url")
    assert error.value.file == str(tmp_path / "e.csv")


@pytest.mark.no_cover
@FEW
@given(maybe_missing, st.integers(1, 4), st.booleans())
def test_a_url_series_mapped_by_hand_equals_parse_urls(
    texts: list[str | None], parts: int, with_meta: bool
) -> None:
    """``ddf.url.map_partitions(parse_partition, ...)`` (a Series per partition), with the
    shipped meta helper or without meta (Dask then calls it on a fake partition holding a
    missing value), gives the rows and dtypes of ``parse_urls(..., dedupe=False)``."""
    frame = _frame(texts or ["x"], parts)
    meta = {"meta": listing_meta()} if with_meta else {}
    mapped = frame.url.map_partitions(parse_partition, **meta)
    got, want = dask.compute(mapped, parse_urls(frame, dedupe=False), scheduler="synchronous")
    assert dict(mapped._meta.dtypes) == dict(listing_meta().dtypes)
    pd.testing.assert_frame_equal(got, want)


def test_a_partition_without_the_url_column_is_refused_by_name() -> None:
    from ipprules.errors import InputError

    frame = pd.DataFrame({"link": ["https://m.tb.cn/h.x"]})
    with pytest.raises(InputError, match=r"\$\.url: no column 'url' \(columns: link\)"):
        parse_partition(frame)
    assert parse_partition(frame, "link")["code"].tolist() == ["short-link"]
    with pytest.raises(TypeError, match="a pandas DataFrame or Series"):
        parse_partition(["https://m.tb.cn/h.x"])  # type: ignore[arg-type]


def test_a_parquet_url_column_is_found_as_a_csv_one(tmp_path: Any) -> None:
    """A Parquet file's URL column is matched as a CSV header's is (``--column``: ignoring
    case, spaces, dashes and underscores; none: by one of its names); a file without one is
    refused naming the file, with no line (a Parquet file has no header line)."""
    from ipprules.errors import InputError

    pd.DataFrame({"Page URL": ["https://m.tb.cn/h.x"]}).to_parquet(tmp_path / "a.parquet")
    pd.DataFrame({"Page URL": ["https://m.tb.cn/h.x"]}).to_csv(tmp_path / "a.csv", index=False)
    for name in ("a.parquet", "a.csv"):
        got = read_urls(str(tmp_path / name), column="page_url")
        assert got.compute(scheduler="synchronous")["page_url"].tolist() == ["https://m.tb.cn/h.x"]
    pd.DataFrame({"foo": ["x"]}).to_parquet(tmp_path / "b.parquet")
    for column, message in ((None, "no URL column"), ("url", "no column 'url'")):
        with pytest.raises(InputError) as error:
            read_urls(str(tmp_path / "b.parquet"), column=column)
        problem = error.value.problems[0]
        assert problem.message.startswith(f"{message} (columns: foo)"), problem.message
        assert (problem.file, problem.line) == (str(tmp_path / "b.parquet"), None)


@pytest.mark.no_cover
@FEW
@given(st.lists(st.lists(st.one_of(urls(), st.none()), max_size=6), min_size=1, max_size=6))
def test_empty_partitions_change_nothing(parts: list[list[str | None]]) -> None:
    """Partitions of any size, empty ones included (a filtered frame has them): every row
    once, in order, each duplicate pointing at the first occurrence by global position."""
    frames = [pd.DataFrame({"url": pd.Series(p, dtype=object)}) for p in parts]
    meta = pd.DataFrame({"url": pd.Series([], dtype=object)})
    source = dd.from_map(lambda f: f, frames, meta=meta, enforce_metadata=False)
    texts = [t for p in parts for t in p]
    got = parse_urls(source).compute(scheduler="synchronous")
    offsets = [sum(map(len, parts[:i])) for i in range(len(parts))]
    places = [offsets[p] + q for p, q in zip(got["partition"], got["position"], strict=True)]
    assert places == list(range(len(texts)))
    want = _expected(texts, use_derived=False, deduped=True)
    assert got["status"].tolist() == [w["status"] for w in want]
    firsts = [
        None if p is pd.NA else offsets[p] + q
        for p, q in zip(got["first_partition"], got["first_position"], strict=True)
    ]
    assert firsts == [w["first"] for w in want]
    assert dict(got.dtypes) == dict(listing_meta().dtypes)


def test_a_directory_without_parquet_files_says_so(tmp_path: Any) -> None:
    """A directory is read as its Parquet files; one that holds none (text files, CSV files,
    nothing) is refused saying so and how to name its other files, not as "no file matches"."""
    from ipprules.errors import InputError

    (tmp_path / "a.txt").write_text("https://m.tb.cn/h.x\n", encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_urls(str(tmp_path))
    problem = error.value.problems[0]
    assert problem.file == str(tmp_path)
    assert problem.message == (
        "a directory without Parquet files (*.parquet, *.pq): name its other files with a "
        f"glob ({tmp_path}/*)"
    )


def test_a_partition_with_two_url_columns_is_an_input_error() -> None:
    """A hand-built frame may hold two columns of one name: ``frame['url']`` is then a frame,
    and parse_partition raised AttributeError ("'DataFrame' object has no attribute
    'dtype'"); a public function raises TypeError or the library's errors only."""
    from ipprules.errors import InputError

    frame = pd.DataFrame([["https://a.example/", "x"]], columns=["url", "url"])
    with pytest.raises(InputError, match="2 columns named 'url'") as error:
        parse_partition(frame)
    assert error.value.problems[0].path == "$.url"
