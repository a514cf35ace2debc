"""World Taobao item pages (``world.taobao.com/item/N.htm``) on the kernel (kernel18).

The bare ``world.taobao.com`` host was a host of the fast path's World shop form only, so its
item pages went to the thorough parser, and every such row of ``parse_column`` to the
pure-Python reference (the largest group of the rows it left there on the ``crawl`` benchmark
mix). The item form now names the host literally: the fast path and the kernel decide them,
with the reference's answer on every input.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytest.importorskip("pyarrow")

from ipprules.columnar import _kernel, parse_column
from ipprules.listings import parse_listing
from ipprules.listings.fast import fast_tables
from ipprules.listings.parser import parse_slowly

SCHEMES = ["https://", "http://", "//", ""]
#: query keys, the item form's conflict keys (``id``, ``itemId``, ``item_id``) among them
KEYS = ["spm", "id", "itemId", "item_id", "ali_trackid", "x", "ID", "idx"]
NOISE = ["", " ", "#detail", "\n", "...", "&amp;", "%3D", "\u0661", "?", "/", "I"]


def _no_reference(text: str) -> Any:
    raise AssertionError(f"left to the reference: {text!r}")


def test_world_item_pages_are_decided_on_the_fast_path_and_by_the_kernel(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    by_key, _, _ = fast_tables()
    _, table = by_key["https://world.taobao.com"]
    assert "taobao-world-item" in [entry[0].name for entry in table.values()]
    urls = [
        "https://world.taobao.com/item/969363431542.htm?spm=a71928.3680.0.0.b31bfc88gl22ci",
        "http://world.taobao.com/item/42499628988.htm",
        "world.taobao.com/item/480555756654.htm?spm=a3324.4706#detail",
        "https://world.taobao.com/dianpu/123456789.htm",
    ]
    want = [parse_listing(url).as_dict() for url in urls]
    monkeypatch.setattr(_kernel, "parse_listing", _no_reference)  # every row is the kernel's
    rows = parse_column(urls).to_pylist()
    assert rows == want
    assert [row["identity"] for row in rows[:3]] == [
        "taobao-item:969363431542",
        "taobao-item:42499628988",
        "taobao-item:480555756654",
    ]


@settings(
    max_examples=50, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(SCHEMES),
            st.integers(min_value=0, max_value=10**16),
            st.lists(st.tuples(st.sampled_from(KEYS), st.sampled_from(["1", "123456789", ""]))),
            st.sampled_from(NOISE),
        ),
        min_size=1,
        max_size=20,
    )
)
def test_world_item_rows_are_the_reference_and_the_thorough_parsers(
    rows: list[tuple[str, int, list[tuple[str, str]], str]],
) -> None:
    """Any id (leading zeros, too short, too long), conflicting id parameters and noise: the
    kernel's row is ``parse_listing``'s, which is the thorough parser's."""
    urls = []
    for scheme, number, pairs, noise in rows:
        query = "&".join(f"{k}={v}" for k, v in pairs)
        urls.append(
            f"{scheme}world.taobao.com/item/{number}.htm" + (f"?{query}" if query else "") + noise
        )
    got = parse_column(urls).to_pylist()
    for url, row in zip(urls, got, strict=True):
        assert parse_listing(url) == parse_slowly(url), url
        assert row == parse_listing(url).as_dict(), url
