"""De-duplication across partitions (#13): how its two exchanges move their pairs, and the
marking pass that sets the duplicates of one partition.

The exchanges name their shuffle method: left to Dask, it is chosen when the graph is optimised,
and without a default distributed client (``ipprules listings --workers/--scheduler`` sets
none) that was the "disk" shuffle, which keeps its pieces in a directory of one machine's disk
(partd), not a method for a cluster of several machines. The marking pass is checked against
:func:`ipprules.listings.dedupe` on partitions whose index labels repeat, with and without
``use_derived``. Synchronous scheduler."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pd = pytest.importorskip("pandas")
dask = pytest.importorskip("dask")
dd = pytest.importorskip("dask.dataframe")
pytest.importorskip("pyarrow")

from ipprules.listings import Duplicate, Listing, dedupe, parse_listings  # noqa: E402
from ipprules.scale import parse_urls  # noqa: E402

URLS = [
    "https://item.taobao.com/item.htm?id=606832683299",
    "https://s.taobao.com/search?q=shoes",
    "https://m.intl.taobao.com/detail/detail.html?id=606832683299&tk=x",
    "https://detail.tmall.com/item.htm?id=690091011924&skuId=1",
    "https://www.aliexpress.com/item/1005001234567890.html",
    "https://www.aliexpress.us/item/1005001234567890.html",
    "https://detail.tmall.com/item.htm?id=690091011924",
    "not a url",
    "https://item.taobao.com/item.htm?id=606832683299",
    "https://www.aliexpress.com/item/1005001234567890.html",
]


@pytest.fixture(autouse=True)
def synchronous() -> Iterator[None]:
    with dask.config.set(scheduler="synchronous"):
        yield


def _task_names(frame: object) -> set[str]:
    graph = frame.__dask_graph__()  # type: ignore[attr-defined]
    return {(key[0] if isinstance(key, tuple) else key).rsplit("-", 1)[0] for key in graph}


def test_dedupe_exchanges_use_no_disk_shuffle() -> None:
    # no default client and no configured method: Dask's own choice was the disk shuffle
    with dask.config.set({"dataframe.shuffle.method": None}):
        out = parse_urls(dd.from_pandas(pd.DataFrame({"url": URLS}), npartitions=3))
        names = _task_names(out)
    assert not [name for name in names if "disk" in name or "partd" in name], sorted(names)
    assert any("taskshuffle" in name for name in names), sorted(names)


def _one_machine(texts: list[str], use_derived: bool) -> list[tuple[str, int | None]]:
    """(status, global position of the first occurrence) of each text, by ``dedupe``."""
    rows: list[tuple[str, int | None]] = []
    for _, r in dedupe(parse_listings(texts), use_derived=use_derived):
        if isinstance(r, Duplicate):
            rows.append(("duplicate", r.first))
        else:
            rows.append(("listing" if isinstance(r, Listing) else "rejected", None))
    return rows


@pytest.mark.no_cover
@pytest.mark.parametrize("use_derived", [False, True])
@pytest.mark.parametrize("cut", [1, 3, 4])
def test_marks_match_dedupe_with_repeated_index_labels(use_derived: bool, cut: int) -> None:
    texts = URLS * 2
    pieces = [texts[i : i + cut] for i in range(0, len(texts), cut)]
    # every partition's labels start at 0 again (as pd.concat of batches leaves them)
    frame = dd.from_pandas(pd.DataFrame({"url": pieces[0]}), npartitions=1)
    for piece in pieces[1:]:
        frame = dd.concat([frame, dd.from_pandas(pd.DataFrame({"url": piece}), npartitions=1)])
    out = parse_urls(frame, use_derived=use_derived).compute()
    starts = [sum(len(p) for p in pieces[:k]) for k in range(len(pieces))]
    got: list[tuple[str, int | None]] = []
    for status, fp, fpos in zip(
        out["status"], out["first_partition"], out["first_position"], strict=True
    ):
        got.append((status, None if fp is pd.NA else starts[fp] + fpos))
    assert got == _one_machine(texts, use_derived)
    assert int((out["status"] == "duplicate").sum()) > 0


@pytest.mark.parametrize("use_derived", [False, True])
def test_marks_match_dedupe_when_the_kernel_gives_several_chunks(
    monkeypatch: pytest.MonkeyPatch, use_derived: bool
) -> None:
    # a partition of more than BLOCK rows is parsed in several Arrow chunks; the marking pass
    # numbers its keys across all of them (here BLOCK is 3 rows)
    import ipprules.columnar

    monkeypatch.setattr(ipprules.columnar, "BLOCK", 3)
    texts = URLS * 3
    half = len(texts) // 2
    frame = dd.from_pandas(pd.DataFrame({"url": texts}), npartitions=2, sort=False)
    assert frame.npartitions == 2
    out = parse_urls(frame, use_derived=use_derived).compute()
    starts = [0, int((out["partition"] == 0).sum())]
    assert starts[1] == half
    got = [
        (status, None if fp is pd.NA else starts[fp] + fpos)
        for status, fp, fpos in zip(
            out["status"], out["first_partition"], out["first_position"], strict=True
        )
    ]
    assert got == _one_machine(texts, use_derived)


@pytest.mark.no_cover
@pytest.mark.parametrize("use_derived", [False, True])
def test_first_pass_keys_are_the_same_by_kernel_and_by_parse_listing(use_derived: bool) -> None:
    # a big partition's first pass uses the columnar kernel, a small one parse_listing per row:
    # the same keys, first positions and order, nulls and rejections included
    pa = pytest.importorskip("pyarrow")
    from _real_urls import real_texts
    from ipprules.scale._listings import _columnar_keys, _listing_keys

    texts = [*real_texts(), *URLS, None, "", *URLS[::-1], *real_texts()[::3]]
    urls = pa.array(texts, pa.string())
    keys, positions = _columnar_keys(urls, use_derived)
    listed, at = _listing_keys(urls, use_derived)
    assert (keys.to_pylist(), positions.tolist()) == (listed, at.tolist())
    assert len(listed) > 10


@pytest.mark.parametrize("use_derived", [False, True])
def test_marks_match_dedupe_with_the_columnar_first_pass(
    monkeypatch: pytest.MonkeyPatch, use_derived: bool
) -> None:
    from ipprules.scale import _listings

    monkeypatch.setattr(_listings, "_COLUMNAR_KEYS", 1)  # every partition by the kernel
    texts = URLS * 2
    frame = dd.from_pandas(pd.DataFrame({"url": texts}), npartitions=3, sort=False)
    out = parse_urls(frame, use_derived=use_derived).compute()
    sizes = out.groupby("partition").size().tolist()
    starts = [sum(sizes[:k]) for k in range(len(sizes))]
    got = [
        (status, None if fp is pd.NA else starts[fp] + fpos)
        for status, fp, fpos in zip(
            out["status"], out["first_partition"], out["first_position"], strict=True
        )
    ]
    assert got == _one_machine(texts, use_derived)
