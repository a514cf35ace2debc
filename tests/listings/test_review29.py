"""review29: links listed in Chinese quotes or brackets, or joined by full-width punctuation.

A bare host (a store's link) followed by a full-width closing quote and the next link
(``“https://uniqlo.tmall.com”，“https://…”``, ``「…」「…」``, ``https://uniqlo.tmall.com，https://…``)
was refused as a lookalike host (``uniqlo.tmall.com”，“https imitates tmall``): the next link's
scheme colon was taken for a port, so the host ran on into it. urls29 fixed the ASCII quotes of
code (``"…","…"``); share texts and Chinese documents write these. A dot or ``@`` after the
punctuation still keeps the host whole, and refused.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ipprules.listings import extract_urls, parse_listing
from ipprules.listings.parser import parse_slowly

#: Bare hosts: stores, a storefront-less host, a lookalike.
HOSTS = [
    "https://uniqlo.tmall.com",
    "https://shop114407458.taobao.com",
    "https://m.taobao.com",
    "https://nike.tmall.hk",
    "http://uniqlo.tmall.com",
]
NEXT = [
    "https://shop124.taobao.com",
    "https://item.taobao.com/item.htm?id=606832683299",
    "http://x.cn/a",
]
#: (closing, separator, opening) around the next link.
QUOTES = [
    ("\u201d", "", "\u201c"),
    ("\u300d", "", "\u300c"),
    ("\u300f", "", "\u300e"),
    ("\u300b", "", "\u300a"),
    ("\u3011", "", "\u3010"),
    ("\u2019", "", "\u2018"),
]
SEPARATORS = ["", "\uff0c", "\uff1b", "\u3001"]


def _same_everywhere(text: str) -> dict[str, object]:
    records = [parse_listing(text).as_dict() for _ in range(3)]
    assert records[0] == records[1] == records[2] == parse_slowly(text).as_dict(), text
    columnar = pytest.importorskip("ipprules.columnar")
    assert columnar.parse_column([text, text, text]).to_pylist() == records, text
    return records[2]


def _answer(record: dict[str, object]) -> dict[str, object]:
    return {key: value for key, value in record.items() if key != "input"}


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(HOSTS),
    st.sampled_from(NEXT),
    st.sampled_from(QUOTES),
    st.sampled_from(SEPARATORS),
    st.booleans(),
    st.sampled_from(["", "【淘宝】", "店铺："]),
)
@example(HOSTS[0], NEXT[0], QUOTES[0], "\uff0c", True, "")  # “…”，“…”
@example(HOSTS[0], NEXT[1], QUOTES[1], "", True, "")  # 「…」「…」
@example(HOSTS[0], NEXT[0], QUOTES[0], "\uff0c", False, "")  # https://…，https://…
def test_a_host_before_the_next_link_in_chinese_quotes_ends_there(
    host: str, after: str, quotes: tuple[str, str, str], separator: str, quoted: bool, before: str
) -> None:
    """Each link is read on its own: the first gets its own answer (whatever it is) in every
    path, and the text holds both links."""
    closing, _, opening = quotes
    first = f"{opening}{host}{closing}" if quoted else host
    second = f"{opening}{after}{closing}" if quoted else after
    text = before + first + (separator if quoted else separator or "\uff0c") + second
    own = _answer(parse_listing(host).as_dict())
    assert _answer(_same_everywhere(text)) == own, text
    assert extract_urls(text) == [host, after], text


@pytest.mark.parametrize(
    "text",
    [
        "\u201chttps://uniqlo.tmall.com\u201d.evil.cn",
        "\u201chttps://uniqlo.tmall.com\u201d@evil.cn/",
        "https://uniqlo.tmall.com\uff0c@evil.cn/",
        "https://uniqlo.tmall.com\u201d\uff0c\u201c.evil.cn\uff0chttps://x.cn",
        "https://uniqlo.tmall.com\u201d\uff0c\u201chttp:8080//x",
        "//\u5e97\u94fa\u5730\u5740\uff1ahttp://shop73023976.taobao.com/",  # a label, no host
    ],
)
def test_what_could_continue_the_host_still_keeps_it_whole(text: str) -> None:
    """A dot, an ``@`` or a port after the punctuation could make another host of it: the
    host is kept whole and refused, as before."""
    record = _same_everywhere(text)
    assert not record["ok"], text
    assert record["code"] in ("lookalike-host", "not-alibaba-host"), (text, record)
