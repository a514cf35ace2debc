"""Bounded time and depth on hostile, repeated input (redos): a link that embeds a link that
embeds a link ... is read without recursing once per link, and the suggestion it gives is
the listing the innermost link names, however many links wrap it."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.listings import Rejection, parse_listing
from ipprules.listings.parser import parse_slowly

_INNER = "https://item.taobao.com/item.htm?id=123456789"
_WRAPPERS = ["http://a/", "http://a.b/", "https://x.co/?u=", "http://a/?x=1&u=", "https://a?"]


# The quick path a suggestion is checked with (_suggest -> _quick -> _parse_clean) ran at depth
# 0 whatever the depth it was asked at, so each foreign link wrapping another looked for the
# link it embeds again: one level of Python recursion per wrapper, a RecursionError (a
# traceback, not an answer) from about 200 wrappers, 1,800 characters, under the length cap.
@settings(max_examples=12, deadline=None)
@given(
    wrapper=st.sampled_from(_WRAPPERS),
    times=st.integers(1, 900),
    inner=st.sampled_from([_INNER, "item.taobao.com/item.htm?id=1", "http://a.bc/?id=1"]),
)
@example(wrapper="http://a/", times=222, inner="item.taobao.com/item.htm?id=1")
@example(wrapper="https://x.co/?u=", times=400, inner="item.taobao.com/item.htm?id=1")
@example(wrapper="http://a.b/", times=700, inner=_INNER)
def test_a_link_wrapped_in_many_foreign_links_is_refused_without_recursing(
    wrapper: str, times: int, inner: str
) -> None:
    text = wrapper * times + inner
    for parse in (parse_listing, parse_slowly):
        read = parse(text)  # no RecursionError
        assert type(read) is Rejection
        assert read.code in ("not-alibaba-host", "too-long"), read
        if inner == _INNER and len(text) <= 8192:
            assert read.suggestion == _INNER, read
