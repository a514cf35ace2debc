"""review26: links cut short by full stops typed for an ellipsis, then sentence punctuation
that mixes closing marks and full stops (``…?id=6068326832...).``, ``…12...)。。。``).

``_cut_short``'s rule is "only sentence punctuation may follow the dots", but its pattern
required no full stop after the first other mark: a lone link ``…?id=6068326832...).`` was
read as the listing ``6068326832`` (an id cut short), while the same link in a sentence and
``…...）。`` were ``malformed-id``; and the thorough parser read ``…?x=12...)。。。`` as the
store where ``parse_listing``'s quick paths said cut short. Every path agrees here, and a
Hypothesis differential draws the shapes of urls25 and flaky2 (ports, full stops of other
scripts after a host, full-width closing punctuation, ellipses) through ``parse_listing``,
the thorough parser and the columnar kernel.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ipprules.listings import Listing, parse_listing
from ipprules.listings.parser import parse_slowly

ITEM = "https://item.taobao.com/item.htm?id=6068326832"
STORE = "https://uniqlo.tmall.com/?x=12"
STORE_EN = "https://abc.en.alibaba.com/h.4CEhFr0?sm=12"
TAILS = ["...).", "...)!.", "...!.", "...)...", "...)\u3002\u3002\u3002", "...)\u3002",
         "\u3002\u3002\u3002).", "...\uff09.", "...\u300d)."]  # fmt: skip


@pytest.mark.parametrize("tail", TAILS)
@pytest.mark.parametrize("link", [ITEM, STORE, STORE_EN])
def test_dots_then_any_sentence_punctuation_cut_a_link_short_on_every_path(
    link: str, tail: str
) -> None:
    text = link + tail
    for parse in (parse_listing, parse_slowly):
        for _ in range(3):  # the caches learn on a second sighting
            got = parse(text)
            assert type(got) is not Listing and got.code == "malformed-id", (parse, text, got)
    in_text = parse_listing("see " + text + " ok")
    assert type(in_text) is not Listing and in_text.code == "malformed-id", in_text


@pytest.mark.parametrize("tail", [").", ")\u3002\u3002\u3002", "\uff09\u3002", "!."])
def test_punctuation_without_the_dots_still_ends_the_link(tail: str) -> None:
    """No ellipsis: the punctuation is the sentence's, the link whole."""
    for parse in (parse_listing, parse_slowly):
        got = parse(ITEM + tail)
        assert type(got) is Listing and got.id == "6068326832", (parse, got)


@pytest.mark.parametrize("tail", ["...html", "...1", "...)x", "...).1"])
def test_the_link_going_on_after_the_dots_is_not_cut_short(tail: str) -> None:
    """Something other than punctuation after the dots: the same answer on every path."""
    text = ITEM + tail
    want = parse_slowly(text)
    assert want == parse_listing(text) == parse_listing(text) == parse_listing(text)


SCHEMES = ["https://", "http://", "HTTPS://", "//", "", "https:"]
HOSTS = ["item.taobao.com", "detail.tmall.com", "uniqlo.tmall.com", "abc.m.tmall.com",
         "www.lazada.sg", "detail.1688.com", "abc.cn.1688.com", "www.cn.1688.com",
         "www.aliexpress.com", "m.tb.cn", "abc.en.alibaba.com", "example.com", "acbuy.com",
         "item.taobao.com."]  # fmt: skip
PORTS = ["", ":80", ":443", ":8080", ":"]
AFTER_HOST = ["", "\u3002", "\uff0e", "\uff61", ".", "\uff09", "\u300d", "\u3002\u300d",
              "\uff09\u3002", ")", ").", "!", ","]  # fmt: skip
PATHS = ["", "/", "/item.htm?id=606832683299", "?id=606832683299", "/offer/585943639773.html",
         "/item/1005003264388589.html", "/h.4CEhFr0?sm=12", "/EN_us/product/1.html", "#x"]  # fmt: skip
ENDS = ["", "...", "12...", "...)", "\u3002\u3002\u3002", "\u3002", "\uff09", ")", ".", "!",
        "\n", " ", "&nbsp;", ":80"]  # fmt: skip
BEFORE = ["", "\u5e97\u94fa\uff08", "see ", "(", "\u3010"]


@st.composite
def shapes(draw: st.DrawFn) -> str:
    parts = [BEFORE, SCHEMES, HOSTS, PORTS, AFTER_HOST, PATHS, ENDS, ENDS, ENDS]
    return "".join(draw(st.sampled_from(p)) for p in parts)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(shapes(), min_size=1, max_size=20))
def test_every_path_agrees_on_the_new_shapes(texts: list[str]) -> None:
    want = [parse_slowly(t) for t in texts]
    for _ in range(3):
        assert [parse_listing(t) for t in texts] == want, texts
    pa = pytest.importorskip("pyarrow")
    from ipprules.columnar import parse_column

    got = parse_column(pa.array(texts)).to_pylist()
    assert got == [w.as_dict() for w in want], texts
