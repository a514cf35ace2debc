"""Many tiny files (#13's "very many tiny partitions"): every row of a glob of one-to-three-URL
files is the one-machine row (``dedupe(parse_listings(...))`` over the files' URLs in order),
and the remedy docs/scaling.md gives for their cost (``read_urls(glob).repartition(...)``
before ``parse_urls``) gives every row the same status and the same first occurrence.
Synchronous scheduler."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pd = pytest.importorskip("pandas")
pytest.importorskip("dask.dataframe")

from hypothesis import HealthCheck, example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from scale_data import urls  # noqa: E402

from ipprules.listings import Duplicate, dedupe, parse_listings  # noqa: E402

TB = "https://item.taobao.com/item.htm?id=606832683299"


def _firsts(table: Any) -> list[int | None]:
    """Each row's first occurrence as a global row number (None: not a duplicate)."""
    starts: dict[int, int] = {}
    for i, part in enumerate(table["partition"].tolist()):
        starts.setdefault(part, i)
    pairs = zip(table["first_partition"], table["first_position"], strict=True)
    return [None if p is pd.NA else starts[p] + q for p, q in pairs]


@pytest.mark.no_cover
@example(files=[[TB], [TB], ["x"], [TB, TB]], into=1)
@example(files=[[TB]] * 12, into=3)
@settings(max_examples=2, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    st.lists(
        st.lists(urls().filter(lambda u: u.strip() == u and u), min_size=1, max_size=3),
        min_size=1,
        max_size=12,
    ),
    st.integers(1, 3),
)
def test_many_tiny_files_give_the_one_machine_rows_also_repartitioned(
    tmp_path_factory: pytest.TempPathFactory,
    synchronous_dask: None,
    files: list[list[str]],
    into: int,
) -> None:
    from ipprules.scale import parse_urls, read_urls

    folder: Path = tmp_path_factory.mktemp("tiny")
    for i, lines in enumerate(files):
        (folder / f"{i:03d}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    texts = [u for lines in files for u in lines]
    alone = [r for _, r in dedupe(parse_listings(texts))]
    want_status = [
        "duplicate" if isinstance(r, Duplicate) else "listing" if r.ok else "rejected"
        for r in alone
    ]
    want_first = [r.first if isinstance(r, Duplicate) else None for r in alone]
    glob = str(folder / "*.txt")
    per_file = parse_urls(glob).compute()
    merged = parse_urls(read_urls(glob).repartition(npartitions=min(into, len(files)))).compute()
    for table in (per_file, merged):
        assert table["input"].tolist() == texts  # every row once, in order
        assert table["status"].tolist() == want_status
        assert _firsts(table) == want_first
    assert per_file["partition"].nunique() == len(files)
