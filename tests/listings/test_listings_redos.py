"""Bounded time and depth on hostile, repeated input (redos): a link that embeds a link that
embeds a link ... is read without recursing once per link, and the suggestion it gives is
the listing the innermost link names, however many links wrap it."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.listings import Rejection, parse_listing
from ipprules.listings.parser import _EMBEDDED_TRIES, parse_slowly

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
@example(wrapper="http://a/", times=64, inner=_INNER)
@example(wrapper="http://a/", times=65, inner=_INNER)
def test_a_link_wrapped_in_many_foreign_links_is_refused_without_recursing(
    wrapper: str, times: int, inner: str
) -> None:
    text = wrapper * times + inner
    for parse in (parse_listing, parse_slowly):
        read = parse(text)  # no RecursionError
        assert type(read) is Rejection
        assert read.code in ("not-alibaba-host", "too-long"), read
        if inner == _INNER and len(text) <= 8192:
            # the text's own link is not embedded: the inner link is the `times`th embedded
            # link, tried up to the 64th
            assert read.suggestion == (_INNER if times <= _EMBEDDED_TRIES else None), read


def test_thousands_of_embedded_links_are_tried_in_bounded_time() -> None:
    """``_embedded`` tries the first 64 links a foreign link embeds: each try parses the rest of
    the text, so 1,150 ``http://`` before a listing (8,079 characters, under the cap) cost
    ~0.17 s of CPU a line, quadratic in the length (a 64 MiB file of them ~20 minutes); now
    ~0.02 s. Twenty such lines: over 3 s before, well under 1 s after."""
    import time

    texts = ["http://" * 1150 + f"item.taobao.com/item.htm?id={n}" for n in range(20)]
    start = time.process_time()
    reads = [parse_listing(t) for t in texts]
    spent = time.process_time() - start
    assert all(type(r) is Rejection and r.code == "not-alibaba-host" for r in reads)
    assert spent < 1.5, spent
