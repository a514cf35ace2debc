"""The share-text path's character scans are regular expressions, not loops over characters
(issue #14: share texts parsed about 12x slower per input than bare URLs). Each must answer
what the loop or the library call it replaced answered."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ipprules.listings import parse_listing
from ipprules.listings.parser import (
    _ENCODABLE,
    _STOPS,
    _percent_encoded,
    _stopless,
    parse_slowly,
)
from ipprules.listings.text import _STOP, _stop, cut_url

#: Every printable ASCII character: what the parser's percent-encoding leaves as it is.
PRINTABLE = "".join(chr(c) for c in range(33, 127))

SHARE_TEXTS = [
    "【淘宝】宝贝标题 https://m.tb.cn/h.4CEhFr0?tk=xx 「复制这段话」打开手机淘宝",
    "8.9 复制打开抖音，看看【宝贝】 https://v.douyin.com/hFWCEPy/ Yng:/ 08/15",
    "看看这个👉https://item.taobao.com/item.htm?id=606832683299👈好看",
    "【天猫】夏季新款连衣裙女，https://detail.tmall.com/item.htm?id=840029755047，复制链接打开天猫",
    "链接1：https://item.taobao.com/item.htm?id=642205879158，链接2：https://detail.tmall.com/item.htm?id=1",
    "（宝贝）https://detail.1688.com/offer/779037742087.html（复制到浏览器打开）",
    "淘宝店铺：shop977893287.taobao.com 欢迎光临～",
    "https://www.lazada.sg/products/thế-giới-i4212266679.html",
]


@given(st.text(max_size=40))
@example("a b\t\x7f\x00é中😀\ud800")
@example("https://m.tb.cn/h.4CEhFr0?sm=70d491「淘宝」 x")
def test_percent_encoding_is_urllib_quote(text: str) -> None:
    try:
        want = quote(text, safe=PRINTABLE)
    except UnicodeEncodeError:
        with pytest.raises(UnicodeEncodeError):
            _ENCODABLE.sub(_percent_encoded, text)
        return
    assert _ENCODABLE.sub(_percent_encoded, text) == want


@given(
    st.sampled_from(["https://m.tb.cn/h.4CEhFr0?sm=1", "https://uniqlo.tmall.com/", "m.tb.cn/h.x"]),
    st.text(st.sampled_from("ab1/?=.，。「」看😀é"), max_size=8),
)
@example("https://m.tb.cn/h.4CEhFr0?sm=1", "a看b")
def test_cut_url_cuts_at_the_first_non_ascii_character_after_the_host(url: str, tail: str) -> None:
    cut = cut_url(url + tail)
    rest = (url + tail)[len(url) :]
    first = next((i for i, c in enumerate(rest) if not c.isascii()), None)
    assert cut == url + (rest if first is None else rest[:first])


@pytest.mark.parametrize("text", SHARE_TEXTS)
def test_share_texts_get_the_thorough_answer(text: str) -> None:
    assert parse_listing(text).as_dict() == parse_slowly(text).as_dict()


@given(st.text(st.sampled_from('ab/?"<>`[]|,&=.看 '), max_size=30))
@example("https://a.example/x[/url]")
@example("https://a.example/x[y]")
def test_the_stop_scans_find_what_their_sets_and_patterns_find(text: str) -> None:
    assert _stopless(text) == _STOPS.isdisjoint(text)
    want = _STOP.search(text)
    got = _stop(text)
    assert (got and got.start()) == (want and want.start())
