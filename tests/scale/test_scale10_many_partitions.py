"""De-duplication over many partitions (#13: a crawler writes thousands of small files).

Beyond a few dozen partitions the de-duplication moves the pairs of neighbouring partitions
together, so its graph grows about linearly with the partitions (a task shuffle into one
partition per input partition grew about as their square). The rows stay the one machine's:
``dedupe(parse_listings(...))`` over every URL in order gives each row's status and first
occurrence, on both sides of the switch, with empty and one-row partitions. Synchronous
scheduler; the graph-size check builds the graph only."""

from __future__ import annotations

from typing import Any

import pytest

pd = pytest.importorskip("pandas")
dd = pytest.importorskip("dask.dataframe")
pytest.importorskip("pyarrow")

from hypothesis import HealthCheck, example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from scale_data import urls  # noqa: E402

from ipprules.listings import Duplicate, dedupe, parse_listings  # noqa: E402

TB = "https://item.taobao.com/item.htm?id=606832683299"
AE = "https://www.aliexpress.com/item/1005004878609097.html"
AE_US = "https://www.aliexpress.us/item/1005004878609097.html"


def _piece(urls: list[str]) -> Any:
    return pd.DataFrame({"url": pd.Series(urls, dtype=object)})


def _frame(pieces: list[list[str]]) -> Any:
    """One Dask partition per piece (an empty piece: an empty partition)."""
    return dd.from_map(_piece, pieces, meta=_piece([]), enforce_metadata=False)


def _firsts(table: Any, sizes: list[int]) -> list[int | None]:
    """Each row's first occurrence as a global row number (None: not a duplicate)."""
    starts = [sum(sizes[:k]) for k in range(len(sizes))]
    pairs = zip(table["first_partition"], table["first_position"], strict=True)
    return [None if p is pd.NA else starts[p] + q for p, q in pairs]


@pytest.mark.no_cover
@example(pieces=[[TB]] * 50, use_derived=False)
@example(pieces=[[AE], [], [AE_US], ["x"], [TB, TB]] * 8 + [[AE_US]], use_derived=True)
@example(pieces=[[TB]] * 33, use_derived=False)
@settings(max_examples=2, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.lists(st.lists(urls(), min_size=0, max_size=2), min_size=30, max_size=60),
    st.booleans(),
)
def test_many_tiny_partitions_give_the_one_machine_rows(
    synchronous_dask: None, pieces: list[list[str]], use_derived: bool
) -> None:
    from ipprules.scale import parse_urls

    texts = [u for piece in pieces for u in piece]
    frame = _frame(pieces)
    assert frame.npartitions == len(pieces)
    table = parse_urls(frame, use_derived=use_derived).compute()
    alone = [r for _, r in dedupe(parse_listings(texts), use_derived=use_derived)]
    assert table["input"].tolist() == texts  # every row once, in order
    assert table["partition"].tolist() == [k for k, p in enumerate(pieces) for _ in p]
    assert table["status"].tolist() == [
        "duplicate" if isinstance(r, Duplicate) else "listing" if r.ok else "rejected"
        for r in alone
    ]
    assert _firsts(table, [len(p) for p in pieces]) == [
        r.first if isinstance(r, Duplicate) else None for r in alone
    ]


def test_the_graph_grows_about_linearly_with_the_partitions() -> None:
    # 1,000 partitions: 150,728 tasks when both exchanges moved one partition per input
    # partition (two task shuffles); a few per partition now (the graph only: nothing runs)
    from ipprules.scale import parse_urls

    for n in (200, 1000):
        tasks = len(parse_urls(_frame([[TB]] * n)).__dask_graph__())
        assert tasks <= 20 * n, (n, tasks)
