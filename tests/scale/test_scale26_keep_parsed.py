"""``parse_urls(..., keep_parsed=True)`` (#13): one parse per URL, each parsed partition kept
until its duplicates are known. The rows are those of the two-pass default, and the duplicates
those :func:`ipprules.listings.dedupe` marks over all the URLs in order. Synchronous scheduler."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

pd = pytest.importorskip("pandas")
dask = pytest.importorskip("dask")
dd = pytest.importorskip("dask.dataframe")
pytest.importorskip("pyarrow")

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from ipprules.listings import Duplicate, dedupe, parse_listings  # noqa: E402
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
    "",
]


@pytest.fixture(autouse=True)
def synchronous() -> Iterator[None]:
    with dask.config.set(scheduler="synchronous"):
        yield


def _frame(texts: list[str], nparts: int) -> object:
    return dd.from_pandas(pd.DataFrame({"url": texts}), npartitions=nparts, sort=False)


@settings(max_examples=4, deadline=None)
@given(
    texts=st.lists(st.sampled_from(URLS), min_size=1, max_size=10),
    nparts=st.integers(1, 4),
    use_derived=st.booleans(),
)
def test_keep_parsed_gives_the_rows_of_two_passes_and_of_dedupe(
    texts: list[str], nparts: int, use_derived: bool
) -> None:
    frame = _frame(texts, nparts)
    kept = parse_urls(frame, use_derived=use_derived, keep_parsed=True).compute()
    two = parse_urls(frame, use_derived=use_derived).compute()
    pd.testing.assert_frame_equal(kept.reset_index(drop=True), two.reset_index(drop=True))
    assert len(kept) == len(texts)  # every input row once
    starts = kept["position"].groupby(kept["partition"]).size().cumsum().shift(fill_value=0)
    where = {
        (p, q): int(starts[p]) + q for p, q in zip(kept["partition"], kept["position"], strict=True)
    }
    firsts = [
        where[(fp, fq)] if s == "duplicate" else None
        for s, fp, fq in zip(
            kept["status"], kept["first_partition"], kept["first_position"], strict=True
        )
    ]
    expected = [
        r.first if isinstance(r, Duplicate) else None
        for _, r in dedupe(parse_listings(texts), use_derived=use_derived)
    ]
    assert firsts == expected


def test_keep_parsed_is_checked_as_a_bool() -> None:
    with pytest.raises(TypeError, match="keep_parsed"):
        parse_urls(_frame(URLS, 2), keep_parsed=1)  # type: ignore[arg-type]


def test_keep_parsed_parses_each_partition_once() -> None:
    graph = parse_urls(_frame(URLS, 3), keep_parsed=True).__dask_graph__()
    names = {(k[0] if isinstance(k, tuple) else k).rsplit("-", 1)[0] for k in graph}
    # no first pass that parses for the keys, no second pass that parses again
    assert not names & {"_first_keys", "_parse_and_finish"}, sorted(names)
    assert {"_parsed_first_keys", "_finish"} <= names, sorted(names)
