"""scale13: the Dask results equal the one-machine results row for row on shapes the other
equality draws leave to chance: a CSV file of only its header (an empty partition) among the
others, a partition of only rejected URLs, the same listing written with different tracking
queries in different partitions (the first by global position wins, as ``dedupe`` decides), and
accounts with a plan but no rows. Synchronous scheduler; files as ``ipprules listings`` and
``ipprules plan --workers`` read them."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

pytest.importorskip("dask.dataframe")
pytest.importorskip("pyarrow")

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_same_answer_dasksame import (
    _one_machine,
    _plan_check,
    _plan_setup,
    _planned_from,
    _read_here,
    _same_rows,
)

from ipprules.scale import parse_urls

pytestmark = pytest.mark.usefixtures("synchronous_dask")

FEW = settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))

#: One listing's item page and tracking queries that do not change which listing it is.
_ITEMS = ["https://item.taobao.com/item.htm?id=606832683299", "https://detail.1688.com/offer/585943639773.html"]  # fmt: skip
_TRACKING = ["spm=a1z10.1", "spm=b2", "utm_source=x", "tk=y", "scm=1007.1"]
#: Texts that are no listing (each a rejection).
_REJECTS = ["not a url", "https://s.taobao.com/search?q=shoes", "https://example.com/x?spm=1",
            "https://detail.1688.com/offer/123.html?spm=a", ""]  # fmt: skip


@st.composite
def _tracked(draw: st.DrawFn) -> str:
    """An item URL with some tracking parameters (before or after its own query)."""
    item = draw(st.sampled_from(_ITEMS))
    extra = draw(st.lists(st.sampled_from(_TRACKING), max_size=2, unique=True))
    if not extra:
        return item
    joined = "&".join(extra)
    if "?" not in item:
        return f"{item}?{joined}"
    base, query = item.split("?", 1)
    return f"{base}?{joined}&{query}" if draw(st.booleans()) else f"{item}&{joined}"


#: A partition: a header only, only rejections, or tracked item URLs among rejections.
_PARTS = st.one_of(
    st.just([]),
    st.lists(st.sampled_from(_REJECTS), min_size=1, max_size=4),
    st.lists(st.one_of(_tracked(), st.sampled_from(_REJECTS)), min_size=1, max_size=5),
)


def _write_csv(folder: Path, header: list[str], pieces: list[list[list[str]]]) -> str:
    """One CSV file per piece (a piece of no rows: the header alone); the glob of them."""
    folder.mkdir(parents=True)
    for i, piece in enumerate(pieces):
        with (folder / f"p{i:02}.csv").open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(header)
            writer.writerows(piece)
    return str(folder / "p*.csv")


@pytest.mark.no_cover
@FEW
@given(st.lists(_PARTS, min_size=2, max_size=5), st.booleans())
@example(  # the same item in three partitions, each with its own tracking query
    [
        ["https://item.taobao.com/item.htm?spm=b2&id=606832683299"],
        [],
        ["not a url", ""],
        ["https://item.taobao.com/item.htm?id=606832683299&utm_source=x"],
        ["https://item.taobao.com/item.htm?id=606832683299"],
    ],
    True,
)
def test_listings_equal_one_machine_on_hard_partitions(
    tmp_path_factory: pytest.TempPathFactory, parts: list[list[str]], deduped: bool
) -> None:
    folder = tmp_path_factory.mktemp("shapes") / "files"
    glob = _write_csv(folder, ["seller", "url"], [[["s", t] for t in p] for p in parts])
    read = _read_here(glob, "csv-url")
    assert read == [t for p in parts for t in p]
    out = parse_urls(glob, column="url", dedupe=deduped).compute()
    want = _one_machine(read, deduped)
    _same_rows(out, want)
    assert set(out["partition"]) <= {i for i, p in enumerate(parts) if p}  # no row from nothing


_ACCOUNTS = ["a1", "a2", "solo"]  # each with a plan; "ghost" has none


@pytest.mark.no_cover
@FEW
@given(
    st.lists(
        st.lists(st.tuples(st.sampled_from([*_ACCOUNTS, "ghost"]), _PARTS), max_size=2),
        min_size=2,
        max_size=4,
    )
)
@example(  # a1 and solo have plans and no rows; a2's item in two partitions, a header between
    [
        [("a2", ["https://item.taobao.com/item.htm?id=606832683299&tk=y"])],
        [],
        [("a2", ["https://item.taobao.com/item.htm?spm=a1z10.1&id=606832683299", "not a url"])],
        [("ghost", ["not a url"])],
    ]
)
def test_plans_equal_each_account_alone_on_hard_partitions(
    tmp_path_factory: pytest.TempPathFactory, files: list[list[tuple[str, list[str]]]]
) -> None:
    plan, _ = _plan_setup()
    pieces = [[[a, t] for a, texts in runs for t in texts] for runs in files]
    rows = [row for piece in pieces for row in piece]
    if not rows:
        return
    plans = dict.fromkeys(_ACCOUNTS, plan)
    glob = _write_csv(tmp_path_factory.mktemp("plan") / "rows", ["account", "url"], pieces)
    outcomes, complaints = _planned_from(glob, plans)
    _plan_check(rows, outcomes, complaints, plans)
    planned = {a for a, _ in rows}
    assert set(complaints["account"]) <= planned  # an account without rows makes nothing
    assert set(outcomes["account"].dropna()) == {a for a in planned if a.strip()}
