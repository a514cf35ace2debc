"""A listing-shaped page in a form the parser does not read, holding a number that looks like
an id, says so: "has no valid id" read as if the number were wrong (urls14's leftover)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ipprules.listings import Rejection, parse_listing

UNREAD = [
    "https://h5.m.taobao.com/item.htm?id={n}",
    "https://h5.m.taobao.com/item.htm?itemId={n}&spm=a1z10",
    "https://detail.1688.com/offer/{n}.htm",
    "https://detail.1688.com/offer/{n}",
    "https://www.alibaba.com/product-detail/{n}.html",
]


@given(st.sampled_from(UNREAD), st.integers(10**9, 10**13))
def test_the_number_is_named_as_not_taken(form: str, n: int) -> None:
    result = parse_listing(form.format(n=n))
    assert isinstance(result, Rejection)
    assert result.code == "missing-id"
    assert f"its number {n} is not taken as an id" in result.reason


@pytest.mark.parametrize(
    "url",
    [
        "https://h5.m.taobao.com/item.htm",
        "https://h5.m.taobao.com/item.htm?spm=a21bo.201867-main.1",
    ],
)
def test_without_such_a_number_it_has_no_valid_id(url: str) -> None:
    result = parse_listing(url)
    assert isinstance(result, Rejection)
    assert result.code == "missing-id"
    assert "has no valid id" in result.reason
