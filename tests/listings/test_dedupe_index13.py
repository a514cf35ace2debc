"""planner13: ``dedupe`` names the index of any item that is neither a string nor a
``(position, result)`` pair, not only of the first item (it named ``item 0`` alone: a bad
item further on was refused without saying where), as ``summarize`` and
``duplicate_groups`` do."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ipprules import dedupe, parse_listing

URL = "https://item.taobao.com/item.htm?id=606832683299"
BAD = [None, 5, (1,), (1, 2, 3), (0, "not a result"), (0, None)]


@settings(max_examples=30, deadline=None, derandomize=True)
@given(st.integers(1, 6), st.sampled_from(BAD))
def test_dedupe_names_the_index_of_a_bad_item_after_the_first(good: int, bad: object) -> None:
    pairs = [(i, parse_listing(URL)) for i in range(good)]  # a listing, then duplicates
    with pytest.raises(TypeError) as raised:
        list(dedupe([*pairs, bad, None]))  # the first bad item is named, at its index
    assert str(raised.value).endswith(f"(item {good})")
